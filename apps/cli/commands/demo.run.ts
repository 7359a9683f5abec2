import type { Server } from 'node:http';
import { CrawlRunsRepository, type LandlordCrawl } from '@chc/crawling';
import { loadConfig } from '@chc/config';
import { startDemoSites } from '@chc/demo';
import { crawlAndIngest } from '@chc/ingestion';
import { newRunId } from '@chc/ingestion/jobs/sector.job';
import { importLandlords } from '@chc/landlords';
import { PIPELINE, type Pipeline } from '@chc/pipeline';
import { startApiServer } from '../../api/api-server';
import { batchProgress } from './progress';

export interface DemoOptions {
  landlords: string;
  port?: string;
}

/**
 * The whole service on one machine: demo landlord websites on loopback, crawled and
 * ingested (embedded database and in-process queue unless DATABASE_URL / REDIS_URL say
 * otherwise), then the API and dashboards, which stay up until Ctrl+C.
 */
export async function runDemo(options: DemoOptions): Promise<void> {
  const count = Number(options.landlords);
  if (!Number.isInteger(count) || count < 1 || count > 500) {
    throw new Error(`--landlords ${options.landlords}: a number from 1 to 500`);
  }
  const config = loadConfig();
  // The demo sites are ours, on loopback: allow them, and no need to wait between pages.
  config.CHC_CRAWL_ALLOW = [config.CHC_CRAWL_ALLOW, '127.0.0.1'].filter(Boolean).join(',');
  config.CHC_CRAWL_DELAY_MS = 50;
  const started = performance.now();
  const sites = await startDemoSites(count);
  const server = await startApiServer(
    config,
    options.port === undefined ? undefined : Number(options.port),
  );
  (server.app.getHttpServer() as Server).once('close', () => void sites.close());
  const pipeline = server.app.get<Pipeline>(PIPELINE);
  const manager = pipeline.database.dataSource.manager;
  process.stdout.write(
    `chc-bench: ${pipeline.database.embedded ? `embedded database in ${config.CHC_DATA_DIR}` : 'PostgreSQL'}, ${pipeline.runner.kind} queue; ${sites.landlords.length} demo landlord websites on loopback\n`,
  );
  await importLandlords(manager, sites.registryCsv);
  const names = new Set(sites.landlords.map((l) => l.name));
  const landlords = (await new CrawlRunsRepository(manager).findLandlordsWithWebsite()).filter(
    (l) => names.has(l.name),
  );
  const progress = batchProgress('crawl and ingest', landlords.length);
  const run = await crawlAndIngest(pipeline.runner, landlords, newRunId(), (o) =>
    progress.tick(o.ok ? (o.result as LandlordCrawl).stopReason : 'failed'),
  );
  progress.stop();
  const found = run.crawls.filter((c) => c.stopReason === 'found').length;
  process.stdout.write(
    [
      `crawled ${run.crawls.length} sites in ${((performance.now() - started) / 1000).toFixed(0)} s: self-assessments found on ${found}; ${run.ingest.ingested.length} new assessments stored, ${run.ingest.unchanged.length} unchanged${run.ingest.failed.length + run.failedCrawls.length ? `, ${run.ingest.failed.length + run.failedCrawls.length} failed` : ''}`,
      ...[...run.failedCrawls, ...run.ingest.failed].map((reason) => `  failed: ${reason}`),
      '',
      `Dashboards: ${server.url}/`,
      `GraphQL:    ${server.url}/graphql   Exports: ${server.url}/api/exports/dictionary`,
      'Ctrl+C stops it.',
      '',
    ].join('\n'),
  );
}
