import { redactUrl } from '@ingest/crawl';
import type { LandlordCrawl } from '../crawling/crawling.service';
import type { LandlordEntity } from '../landlords/entities/landlord.entity';
import type { JobRunner } from '../queue/job-runner';
import type { IngestJobPayload, JobOutcome, JobRequest } from '../queue/job-types';
import type { IngestOutcome } from './ingestion.service';
import { fetchJobId } from './jobs/fetch.job';
import { ingestJobId } from './jobs/ingest.job';
import { refreshSectorStatistics } from './jobs/sector.job';

/** What a batch of ingest jobs came to. */
export interface IngestRun {
  ingested: IngestOutcome[];
  /** Already stored: the same bytes were ingested before. */
  unchanged: IngestOutcome[];
  failed: string[];
}

/**
 * Runs ingest jobs, then the sector statistics if anything new was stored. A job that
 * completed in an earlier run means its bytes are already stored, so it counts as unchanged.
 */
export async function runIngestJobs(
  runner: JobRunner,
  jobs: readonly JobRequest[],
  runId: string,
  onSettled?: (outcome: JobOutcome) => void,
): Promise<IngestRun> {
  const outcomes = await runner.runAll(jobs, onSettled);
  const results = outcomes
    .filter((o) => o.ok)
    .map((o) =>
      o.reused
        ? { ...(o.result as IngestOutcome), status: 'unchanged' as const }
        : (o.result as IngestOutcome),
    );
  const ingested = results.filter((r) => r.status === 'ingested');
  const failed = outcomes.filter((o) => !o.ok).map((o) => o.error ?? 'failed');
  const sectorError = await refreshSectorStatistics(runner, runId, ingested.length);
  return {
    ingested,
    unchanged: results.filter((r) => r.status === 'unchanged'),
    failed: sectorError ? [...failed, sectorError] : failed,
  };
}

/** Fetches a URL into the blob store: its ingest job, or why it could not be fetched. */
export async function fetchForIngest(
  runner: JobRunner,
  url: string,
  runId: string,
): Promise<{ job: JobRequest } | { error: string }> {
  const [fetched] = await runner.runAll([
    { id: fetchJobId(url, runId), name: 'fetch', payload: { url } },
  ]);
  if (!fetched?.ok) {
    return { error: fetched?.error ?? `${redactUrl(url)}: could not be fetched` };
  }
  const payload = fetched.result as IngestJobPayload;
  return { job: { id: ingestJobId(payload.sha256), name: 'ingest', payload } };
}

export interface CrawlRun {
  crawls: LandlordCrawl[];
  failedCrawls: string[];
  ingest: IngestRun;
}

/** Crawls landlords' websites and ingests the self-assessments found. */
export async function crawlAndIngest(
  runner: JobRunner,
  landlords: readonly LandlordEntity[],
  runId: string,
  onCrawled?: (outcome: JobOutcome) => void,
): Promise<CrawlRun> {
  const outcomes = await runner.runAll(
    landlords.map((l) => ({
      id: `crawl-${l.id}-${runId}`,
      name: 'crawl' as const,
      payload: { landlordId: l.id, name: l.name, website: l.website! },
    })),
    onCrawled,
  );
  const crawls = outcomes.filter((c) => c.ok).map((c) => c.result as LandlordCrawl);
  return {
    crawls,
    failedCrawls: outcomes.filter((c) => !c.ok).map((c) => c.error ?? 'failed'),
    ingest: await runIngestJobs(
      runner,
      crawls.flatMap((r) => r.jobs),
      runId,
    ),
  };
}
