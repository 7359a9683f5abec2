import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource } from 'typeorm';
import {
  crawlSite,
  DEFAULT_BUDGET,
  type CrawlBudget,
  type FetchPolicy,
  safeFetch,
  type StopReason,
} from '@ingest/crawl';
import type { DocumentSandbox } from '@ingest/extract';
import { classifyDocument } from '@ingest/pipeline';
import { ingestJobFor } from '../ingestion/jobs/ingest.job';
import type { JobRequest } from '../queue/job-types';
import { CrawlRunsRepository } from './crawl-runs.repository';
import { LocalHostGate, type HostGate } from './host-gate';

export interface LandlordCrawl {
  landlord: string;
  stopReason: StopReason;
  pagesVisited: number;
  /** Ingest jobs for the self-assessments found with new bytes. */
  jobs: JobRequest<'ingest'>[];
  unchanged: number;
}

/**
 * Searches landlords' websites for their self-assessments, records each search, and turns
 * what it finds into ingest jobs. Unchanged documents (304) are not downloaded again.
 */
export class CrawlingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sandbox: DocumentSandbox,
    private readonly policy: FetchPolicy,
    private readonly budget: CrawlBudget = { ...DEFAULT_BUDGET, userAgent: policy.userAgent },
    private readonly gate: HostGate = new LocalHostGate(),
  ) {}

  async crawlLandlord(landlordId: string, name: string, website: string): Promise<LandlordCrawl> {
    const repository = new CrawlRunsRepository(this.dataSource.manager);
    const held = await repository.heldVersions();
    const result = await crawlSite(
      website,
      {
        fetch: async (url, version) => {
          await this.gate.waitTurn(new URL(url).host, this.budget.delayMs);
          return safeFetch(url, this.policy, version);
        },
        classify: (bytes) => classifyDocument(bytes, this.sandbox),
        sleep,
        held: (url) => held.get(url),
      },
      this.budget,
    );
    await repository.saveRun(landlordId, website, result);
    const jobs: JobRequest<'ingest'>[] = [];
    for (const found of result.found) {
      if (found.document) {
        const { status, etag, lastModified, contentType } = found.document;
        const job = await ingestJobFor(this.dataSource, found.url, found.document.bytes);
        jobs.push({
          ...job,
          payload: {
            ...job.payload,
            landlordId,
            fetched: { status, etag, lastModified, contentType },
          },
        });
      }
    }
    return {
      landlord: name,
      stopReason: result.stopReason,
      pagesVisited: result.visited.length,
      jobs,
      unchanged: result.found.length - jobs.length,
    };
  }
}
