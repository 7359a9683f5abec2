import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { DocumentError, FailureAction, type ExtractionConfidence } from '@ingest/core';
import type { DocumentSandbox } from '@ingest/extract';
import { extractDocument } from '@ingest/pipeline';
import { AssessmentsRepository, type StoredDocument } from '../assessments/assessments.repository';
import { LandlordLinksRepository } from '../assessments/landlord-links.repository';
import { carryCorrections } from '../corrections/correction-replay';
import { lastingSource, localFileSource } from '../documents/document-source';
import { matchLandlord } from '../landlords/landlord-matcher';
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
  /** Why analysts' corrections of the replaced version no longer hold, one line each. */
  droppedCorrections?: string[];
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
      await this.linkIfUnmatched(source, existing.id, landlordId);
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
    const found = await matchLandlord(this.dataSource.manager, {
      source,
      nameInDocument: extraction.landlord,
      landlordId,
    });
    const storing = performance.now();
    const stored = await this.dataSource.transaction(async (manager) => {
      const saved = await new AssessmentsRepository(manager).saveAssessment(
        { ...document, mediaType: extraction.format },
        extraction,
        found?.id ?? null,
        EXTRACTOR_VERSION,
      );
      // Analysts' corrections of the version replaced hold for this one where it reads the same.
      return {
        ...saved,
        corrections: await carryCorrections(manager, saved.superseded, saved.assessmentId),
      };
    });
    return {
      source,
      status: 'ingested',
      assessmentId: stored.assessmentId,
      landlord: found?.name ?? null,
      unmatchedName: found ? null : extraction.landlord,
      responses: extraction.responses.length,
      superseded: stored.superseded.length,
      droppedCorrections: stored.corrections.dropped.map((d) => d.reason),
      confidence: extraction.confidence && {
        level: extraction.confidence.level,
        score: extraction.confidence.score,
        reasons: extraction.confidence.reasons,
      },
      timings: { ...extraction.timings, storeMs: performance.now() - storing },
    };
  }

  /**
   * A document stored before its landlord was registered is linked when it comes again
   * (a crawl of that landlord's site, or an ingest after the landlord was added).
   */
  private async linkIfUnmatched(
    source: string,
    documentId: string,
    landlordId?: string,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const links = new LandlordLinksRepository(manager);
      const assessment = await links.findAssessmentOfDocument(documentId);
      if (!assessment || assessment.landlordId) {
        return;
      }
      const found = await matchLandlord(manager, {
        source,
        nameInDocument: assessment.landlordNameInDocument,
        landlordId,
      });
      if (found) {
        await links.link(assessment.id, found.id);
      }
    });
  }
}
