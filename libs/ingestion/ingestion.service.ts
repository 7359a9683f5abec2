import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { DocumentError, FailureAction, type ExtractionConfidence } from '@ingest/core';
import type { DocumentSandbox } from '@ingest/extract';
import { extractDocument } from '@ingest/pipeline';
import { AssessmentsRepository, type StoredDocument } from '../assessments/assessments.repository';
import { lastingSource, localFileSource } from '../documents/document-source';
import { LandlordsRepository } from '../landlords/landlords.repository';
import type { IngestJobPayload } from '../queue/job-types';

/** The version of the extraction code that made an assessment, stored with it. */
export const EXTRACTOR_VERSION = '1.0.0';

export type IngestStatus = 'ingested' | 'unchanged' | 'failed';

export interface IngestOutcome {
  source: string;
  status: IngestStatus;
  assessmentId?: string;
  /** The registry landlord it was matched to, or null with the name the document gives. */
  landlord?: string | null;
  unmatchedName?: string | null;
  responses?: number;
  superseded?: number;
  reason?: string;
  /** How sure the reader is of the extraction stored, so a low one is reported, never silent. */
  confidence?: Pick<ExtractionConfidence, 'level' | 'score' | 'reasons'> | null;
  /** Milliseconds per stage, for benchmarks and logs. */
  timings?: { readMs: number; parseMs: number; analyseMs: number; storeMs: number };
}

/**
 * Ingests documents: extracts and analyses them, matches them to a registered landlord,
 * and stores everything in one transaction. The same bytes never make a second
 * assessment; a changed document for the same landlord and period makes a new version.
 */
export class IngestionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sandbox: DocumentSandbox,
  ) {}

  async ingestFile(file: string): Promise<IngestOutcome> {
    const bytes = await fs.readFile(file).catch((error: Error) => error);
    if (bytes instanceof Error) {
      return { source: file, status: 'failed', reason: `cannot be read: ${bytes.message}` };
    }
    return this.ingestBytes(
      localFileSource(file, path.dirname(file)),
      new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    );
  }

  async ingestBytes(
    given: string,
    bytes: Uint8Array,
    fetched?: IngestJobPayload['fetched'],
    landlordId?: string,
  ): Promise<IngestOutcome> {
    const source = lastingSource(given);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const document: StoredDocument = {
      source,
      sha256,
      mediaType: fetched?.contentType ?? null,
      size: bytes.length,
      fetchedAt: new Date(),
      httpStatus: fetched?.status ?? null,
      etag: fetched?.etag ?? null,
      lastModified: fetched?.lastModified ?? null,
    };
    const reader = new AssessmentsRepository(this.dataSource.manager);
    const existing = await reader.findDocumentBySha(sha256);
    if (existing && (await reader.hasAssessmentFor(existing.id))) {
      return { source, status: 'unchanged' };
    }
    let extraction;
    try {
      extraction = await extractDocument(source, bytes, this.sandbox);
    } catch (error) {
      // A passing fault (the database, a lost thread) is left to the queue's retries; a
      // document that cannot be read, in time or in memory, is recorded and not retried.
      if (!(error instanceof DocumentError) || error.action === FailureAction.Retry) {
        throw error;
      }
      await reader.saveFailedDocument(document, error.message);
      return { source, status: 'failed', reason: error.message };
    }
    const found = await this.matchLandlord(source, extraction.landlord, landlordId);
    const storing = performance.now();
    const stored = await this.dataSource.transaction((manager) =>
      new AssessmentsRepository(manager).saveAssessment(
        { ...document, mediaType: extraction.format },
        extraction,
        found?.id ?? null,
        EXTRACTOR_VERSION,
      ),
    );
    return {
      source,
      status: 'ingested',
      assessmentId: stored.assessmentId,
      landlord: found?.name ?? null,
      unmatchedName: found ? null : extraction.landlord,
      responses: extraction.responses.length,
      superseded: stored.superseded.length,
      confidence: extraction.confidence && {
        level: extraction.confidence.level,
        score: extraction.confidence.score,
        reasons: extraction.confidence.reasons,
      },
      timings: { ...extraction.timings, storeMs: performance.now() - storing },
    };
  }

  /**
   * The registered landlord: the one whose website it was found on, else the only one with
   * the website host it came from, else by the name it gives.
   */
  private async matchLandlord(source: string, nameInDocument: string | null, landlordId?: string) {
    const landlords = new LandlordsRepository(this.dataSource.manager);
    const known = landlordId ? await landlords.findById(landlordId) : null;
    if (known) {
      return known;
    }
    if (/^https?:\/\//i.test(source)) {
      const byHost = await landlords.findByWebsiteHost(new URL(source).host);
      if (byHost) {
        return byHost;
      }
    }
    return nameInDocument ? landlords.findByNameOrAlias(nameInDocument) : null;
  }
}
