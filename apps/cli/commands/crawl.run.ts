import { loadConfig } from '@chc/config';
import { CrawlRunsRepository, type LandlordCrawl } from '@chc/crawling';
import { crawlAndIngest } from '@chc/ingestion';
import { newRunId } from '@chc/ingestion/jobs/sector.job';
import { openPipeline } from '@chc/pipeline';
import { batchProgress } from './progress';

export interface CrawlOptions {
  landlord?: string;
  all?: boolean;
}

export async function runCrawl(options: CrawlOptions): Promise<void> {
  if (!options.landlord && !options.all) {
    throw new Error('say which landlords to crawl: --landlord NAME or --all');
  }
  const config = loadConfig();
  const pipeline = await openPipeline(config, { localWorker: true });
  try {
    const landlords = await new CrawlRunsRepository(
      pipeline.database.dataSource.manager,
    ).findLandlordsWithWebsite(options.landlord);
    if (landlords.length === 0) {
      throw new Error(
        options.landlord
          ? `no registered landlord named "${options.landlord}" with a website`
          : 'no registered landlord has a website: import a registry first (chc landlords import)',
      );
    }
    const progress = batchProgress('crawl', landlords.length);
    const run = await crawlAndIngest(pipeline.runner, landlords, newRunId(), (o) =>
      progress.tick(o.ok ? (o.result as LandlordCrawl).stopReason : 'failed'),
    );
    progress.stop();
    const results = run.crawls;
    const count = (reason: string) => results.filter((r) => r.stopReason === reason).length;
    const lines = [
      'landlord                         result                      pages  new  unchanged',
      ...results.map(
        (r) =>
          `${r.landlord.slice(0, 32).padEnd(32)} ${r.stopReason.padEnd(27)} ${String(r.pagesVisited).padStart(5)} ${String(r.jobs.length).padStart(4)} ${String(r.unchanged).padStart(10)}`,
      ),
      '',
      `found ${count('found')}, not found ${count('not_found') + count('not_found_within_budget')}, blocked ${count('blocked_by_robots')}, site errors ${count('site_error')}, failed ${run.failedCrawls.length}; ${run.ingest.ingested.length} new assessments stored, ${run.ingest.failed.length} documents failed`,
      ...[...run.failedCrawls, ...run.ingest.failed].map((reason) => `  failed: ${reason}`),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    if (run.failedCrawls.length > 0 || run.ingest.failed.length > 0) {
      process.exitCode = 1;
    }
  } finally {
    await pipeline.close();
  }
}
