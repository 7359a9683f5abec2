import type { EntityManager } from 'typeorm';
import { IsNull } from 'typeorm';
import type { AnalysedExtraction } from '@ingest/pipeline';
import { SourceDocumentEntity } from '../documents/entities/source-document.entity';
import { AssessmentEntity } from './entities/assessment.entity';
import { ResponseEntity } from './entities/response.entity';
import { insertResponses } from './response-rows';

export interface StoredDocument {
  source: string;
  sha256: string;
  mediaType: string | null;
  size: number;
  fetchedAt: Date;
  httpStatus: number | null;
  etag: string | null;
  lastModified: string | null;
}

export interface StoredAssessment {
  assessmentId: string;
  superseded: string[];
}

/**
 * What makes two documents versions of one assessment: the assessment year, so "2024/25" and
 * "April 2024 - March 2025" are the same; else the period as written.
 */
export function periodKey(assessment: { year: number | null; period: string | null }): string {
  if (assessment.year !== null) {
    return String(assessment.year);
  }
  return assessment.period ? assessment.period.toLowerCase().replace(/\s+/g, ' ') : 'unknown';
}

/** Reads and writes assessments with their responses, analysis, citations, actions and flags. */
export class AssessmentsRepository {
  constructor(private readonly manager: EntityManager) {}

  findDocumentBySha(sha256: string): Promise<SourceDocumentEntity | null> {
    return this.manager.getRepository(SourceDocumentEntity).findOne({ where: { sha256 } });
  }

  async hasAssessmentFor(documentId: string): Promise<boolean> {
    return (
      (await this.manager.getRepository(AssessmentEntity).count({ where: { documentId } })) > 0
    );
  }

  /** Records a document that could not be read, so its failure and reason are kept. */
  async saveFailedDocument(document: StoredDocument, error: string): Promise<void> {
    await this.manager.getRepository(SourceDocumentEntity).upsert(
      {
        ...document,
        outcome: 'failed',
        error,
        warnings: [],
        httpStatus: null,
        etag: null,
        lastModified: null,
      },
      ['sha256'],
    );
  }

  /**
   * Stores a document and its assessment; an earlier current version for the same landlord
   * and period is marked superseded by it. Call inside a transaction.
   */
  async saveAssessment(
    document: StoredDocument,
    extraction: AnalysedExtraction,
    landlordId: string | null,
    extractorVersion: string,
  ): Promise<StoredAssessment> {
    const documents = this.manager.getRepository(SourceDocumentEntity);
    await documents.upsert(
      {
        ...document,
        outcome: extraction.responses.length > 0 ? 'extracted' : 'not_an_assessment',
        error: null,
        warnings: extraction.warnings,
      },
      ['sha256'],
    );
    const stored = await documents.findOneOrFail({ where: { sha256: document.sha256 } });
    const key = periodKey(extraction);
    const assessment = await this.manager.getRepository(AssessmentEntity).save({
      landlordId,
      landlordNameInDocument: extraction.landlord,
      documentId: stored.id,
      edition: extraction.codeVersion,
      period: extraction.period,
      periodStart: extraction.periodStart,
      periodEnd: extraction.periodEnd,
      periodKey: key,
      completedOn: extraction.assessmentDate,
      year: extraction.year,
      extractorVersion,
      analysisVersion: extraction.analysisVersion,
      indices: extraction.indices as unknown as Record<string, unknown>,
      confidenceLevel: extraction.confidence?.level ?? null,
      confidenceScore: extraction.confidence?.score ?? null,
      confidenceReasons: extraction.confidence?.reasons ?? [],
      supersededById: null,
    });
    await insertResponses(this.manager, assessment.id, extraction.responses);
    const superseded: string[] = [];
    if (landlordId) {
      const previous = await this.manager
        .getRepository(AssessmentEntity)
        .find({ where: { landlordId, periodKey: key, supersededById: IsNull() } });
      for (const old of previous.filter((p) => p.id !== assessment.id)) {
        await this.manager
          .getRepository(AssessmentEntity)
          .update(old.id, { supersededById: assessment.id });
        superseded.push(old.id);
      }
    }
    return { assessmentId: assessment.id, superseded };
  }

  /** Counts for `chc status`. */
  async counts(): Promise<{
    documents: number;
    failedDocuments: number;
    assessments: number;
    currentAssessments: number;
    responses: number;
  }> {
    const [documents, failedDocuments, assessments, currentAssessments, responses] =
      await Promise.all([
        this.manager.getRepository(SourceDocumentEntity).count(),
        this.manager.getRepository(SourceDocumentEntity).count({ where: { outcome: 'failed' } }),
        this.manager.getRepository(AssessmentEntity).count(),
        this.manager.getRepository(AssessmentEntity).count({ where: { supersededById: IsNull() } }),
        this.manager.getRepository(ResponseEntity).count(),
      ]);
    return { documents, failedDocuments, assessments, currentAssessments, responses };
  }
}
