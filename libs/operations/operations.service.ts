import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { redactUrl } from '@ingest/crawl';
import { AssessmentsRepository } from '../assessments/assessments.repository';
import type { CodeEditionValue } from '../assessments/dto/assessment-enums';
import { toConfidenceObject } from '../assessments/dto/assessment.mapper';
import type { ReanalysisSummary } from '../assessments/reanalysis.service';
import type { Connection } from '../graphql/connection';
import { keysetConnection } from '../graphql/keyset';
import type { PageRequest } from '../graphql/page-request';
import { crawlAndIngest, fetchForIngest, runIngestJobs, type IngestRun } from '../ingestion';
import { ingestJobFor } from '../ingestion/jobs/ingest.job';
import { newRunId, sectorJobId } from '../ingestion/jobs/sector.job';
import { LandlordsRepository } from '../landlords/landlords.repository';
import { PIPELINE } from '../pipeline/pipeline.module';
import type { Pipeline } from '../pipeline/pipeline';
import type { SourceDocumentEntity } from '../documents/entities/source-document.entity';
import type {
  CrawlRunObject,
  IngestResultObject,
  OperationsStatusObject,
  ReanalysisResultObject,
  RecrawlResultObject,
} from './dto/operations.object';
import type { LowConfidenceAssessmentObject } from './dto/low-confidence-assessment.object';
import { CrawlStopReasonValue, IngestStatusValue } from './dto/operations-enums';
import { OperationsRepository, type Paged } from './operations.repository';

function ingestResult(source: string, run: IngestRun, earlyError?: string): IngestResultObject {
  const outcome = run.ingested[0] ?? run.unchanged[0];
  const error = earlyError ?? run.failed[0] ?? null;
  return {
    source: outcome?.source ?? source,
    status: (outcome?.status ?? 'failed') as IngestStatusValue,
    assessmentId: outcome?.assessmentId ?? null,
    landlord: outcome?.landlord ?? null,
    responses: outcome?.responses ?? null,
    confidence: outcome?.confidence ?? null,
    error: outcome ? null : error,
  };
}

function pagedConnection<E, T>(
  paged: Paged<E>,
  page: PageRequest,
  map: (e: E) => T,
): Connection<T> {
  return keysetConnection(paged.rows, page, (row) => map(paged.byId.get(row.id)!));
}

/** Operators' view and actions: status, failures, and work started on request. */
@Injectable()
export class OperationsService {
  constructor(@Inject(PIPELINE) private readonly pipeline: Pipeline) {}

  private get manager() {
    return this.pipeline.database.dataSource.manager;
  }

  async status(): Promise<OperationsStatusObject> {
    const { runner, database } = this.pipeline;
    const [landlords, stored, jobs, failedJobs] = await Promise.all([
      new LandlordsRepository(this.manager).count(),
      new AssessmentsRepository(this.manager).counts(),
      runner.counts(),
      runner.failed(20),
    ]);
    return {
      database: database.embedded ? 'embedded' : 'postgresql',
      queue: runner.kind,
      landlords,
      ...stored,
      jobs,
      failedJobs: failedJobs.map((j) => ({ ...j, error: j.error ?? '' })),
    };
  }

  async failedDocuments(page: PageRequest): Promise<Connection<SourceDocumentEntity>> {
    const paged = await new OperationsRepository(this.manager).failedDocuments(page);
    return pagedConnection(paged, page, (d) => d);
  }

  async lowConfidenceAssessments(
    page: PageRequest,
  ): Promise<Connection<LowConfidenceAssessmentObject>> {
    const paged = await new OperationsRepository(this.manager).lowConfidenceAssessments(page);
    return pagedConnection(paged, page, (a) => ({
      id: a.id,
      confidence: toConfidenceObject(a)!,
      source: a.document!,
      landlordId: a.landlordId,
      landlord: a.landlord?.name ?? a.landlordNameInDocument,
      edition: a.edition as CodeEditionValue | null,
      period: a.period,
      createdAt: a.createdAt,
    }));
  }

  async crawlRuns(page: PageRequest): Promise<Connection<CrawlRunObject>> {
    const paged = await new OperationsRepository(this.manager).crawlRuns(page);
    return pagedConnection(paged, page, (r) => {
      const found = r.found as { url: string }[];
      return {
        ...r,
        stopReason: r.stopReason as CrawlStopReasonValue,
        found: found.length,
        foundUrls: found.map((f) => f.url),
      };
    });
  }

  async ingestUrl(url: string): Promise<IngestResultObject> {
    const runId = newRunId();
    const fetched = await fetchForIngest(this.pipeline.runner, url, runId);
    if ('error' in fetched) {
      return ingestResult(
        redactUrl(url),
        { ingested: [], unchanged: [], failed: [] },
        fetched.error,
      );
    }
    return ingestResult(
      redactUrl(url),
      await runIngestJobs(this.pipeline.runner, [fetched.job], runId),
    );
  }

  async ingestUpload(name: string, bytes: Buffer): Promise<IngestResultObject> {
    if (bytes.length === 0) {
      throw new BadRequestException('the upload is empty');
    }
    const source = `upload:${name}`;
    const job = await ingestJobFor(this.pipeline.database.dataSource, source, bytes);
    return ingestResult(source, await runIngestJobs(this.pipeline.runner, [job], newRunId()));
  }

  async recrawl(landlordId: string): Promise<RecrawlResultObject> {
    const landlord = await new LandlordsRepository(this.manager).findById(landlordId);
    if (!landlord) {
      throw new NotFoundException(`no landlord has the id ${landlordId}`);
    }
    if (!landlord.website) {
      throw new BadRequestException(`${landlord.name} has no website on record`);
    }
    const run = await crawlAndIngest(this.pipeline.runner, [landlord], newRunId());
    const crawl = run.crawls[0];
    return {
      stopReason: (crawl?.stopReason ?? 'failed') as CrawlStopReasonValue,
      pagesVisited: crawl?.pagesVisited ?? 0,
      ingested: run.ingest.ingested.length,
      unchanged: run.ingest.unchanged.length + (crawl?.unchanged ?? 0),
      failed: [...run.failedCrawls, ...run.ingest.failed],
    };
  }

  async reanalyse(reason: string): Promise<ReanalysisResultObject> {
    const [outcome] = await this.pipeline.runner.runAll([
      { id: sectorJobId(newRunId()), name: 'sector', payload: { reason } },
    ]);
    if (!outcome?.ok) {
      throw new Error(`re-analysis failed: ${outcome?.error ?? 'unknown error'}`);
    }
    return outcome.result as Omit<ReanalysisSummary, 'phrases'>;
  }
}
