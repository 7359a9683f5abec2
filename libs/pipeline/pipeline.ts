import type { AppConfig } from '../config';
import { openDatabase, type Database } from '../db';
import { DEFAULT_SANDBOX_LIMITS, DocumentSandbox } from '@ingest/extract';
import { IngestionService } from '../ingestion/ingestion.service';
import IORedis from 'ioredis';
import { CrawlingService } from '../crawling/crawling.service';
import { LocalHostGate, RedisHostGate } from '../crawling/host-gate';
import { fetchJobHandler } from '../ingestion/jobs/fetch.job';
import { ingestJobHandler } from '../ingestion/jobs/ingest.job';
import { sectorJobHandler } from '../ingestion/jobs/sector.job';
import { DEFAULT_BUDGET, parseAllowList, type FetchPolicy } from '@ingest/crawl';
import { ChcMetrics } from '../operations/chc-metrics';
import { BullmqRunner } from '../queue/bullmq-runner';
import { InProcessRunner } from '../queue/in-process-runner';
import type { JobRunner } from '../queue/job-runner';
import type { JobHandlers } from '../queue/job-types';
import { probeRedis, RedisOutageLog } from '../queue/redis-connection';

export interface Pipeline {
  database: Database;
  ingestion: IngestionService;
  runner: JobRunner;
  /** This process's Prometheus metrics: jobs and documents it handled, the queue's depth. */
  metrics: ChcMetrics;
  close(): Promise<void>;
}

export interface PipelineOptions {
  /** Process jobs here too while waiting for them (BullMQ only; in-process always does). */
  localWorker: boolean;
  /** How long one document may take to read, when not the default (`chc ingest --timeout`). */
  readTimeoutMs?: number;
  /**
   * Wait for Redis however long it is down (workers). Otherwise a Redis that does not answer
   * within a few seconds fails the opening, before the database is touched.
   */
  waitForRedis?: boolean;
}

/** How documents are fetched, from the configuration. */
export function fetchPolicy(config: AppConfig): FetchPolicy {
  return {
    allow: parseAllowList(config.CHC_CRAWL_ALLOW.split(',')),
    maxBytes: config.CHC_FETCH_MAX_BYTES,
    timeoutMs: config.CHC_FETCH_TIMEOUT_MS,
    maxRedirects: 5,
    userAgent: config.CHC_USER_AGENT,
  };
}

/**
 * Opens everything the ingestion pipeline needs: the database (or embedded PGlite), the
 * reader sandbox, the ingestion service and a job runner — BullMQ on REDIS_URL, or the
 * same handlers in this process without it.
 */
export async function openPipeline(config: AppConfig, options: PipelineOptions): Promise<Pipeline> {
  if (config.REDIS_URL && !options.waitForRedis) {
    await probeRedis(config.REDIS_URL);
  }
  const database = await openDatabase(config);
  const sandbox = new DocumentSandbox({
    ...DEFAULT_SANDBOX_LIMITS,
    threads: config.CHC_READER_THREADS,
    timeoutMs: options.readTimeoutMs ?? DEFAULT_SANDBOX_LIMITS.timeoutMs,
  });
  const ingestion = new IngestionService(database.dataSource, sandbox);
  const policy = fetchPolicy(config);
  // With Redis, workers on every machine take turns per host; without it, this process does.
  const outages = config.REDIS_URL
    ? new RedisOutageLog(config.REDIS_URL, (line) => process.stderr.write(`chc: ${line}\n`))
    : null;
  const redis = config.REDIS_URL
    ? outages!.watch(new IORedis(config.REDIS_URL, { maxRetriesPerRequest: null }))
    : null;
  const gate = redis ? new RedisHostGate(redis, config.CHC_QUEUE_PREFIX) : new LocalHostGate();
  const crawling = new CrawlingService(
    database.dataSource,
    sandbox,
    policy,
    {
      ...DEFAULT_BUDGET,
      maxPages: config.CHC_CRAWL_MAX_PAGES,
      delayMs: config.CHC_CRAWL_DELAY_MS,
      userAgent: config.CHC_USER_AGENT,
    },
    gate,
  );
  const metrics = new ChcMetrics();
  const handlers: JobHandlers = metrics.countedHandlers({
    crawl: ({ landlordId, name, website }) => crawling.crawlLandlord(landlordId, name, website),
    fetch: fetchJobHandler(database.dataSource, fetchPolicy(config)),
    ingest: ingestJobHandler(database.dataSource, ingestion),
    sector: sectorJobHandler(database.dataSource),
  });
  const runner: JobRunner = config.REDIS_URL
    ? new BullmqRunner(handlers, {
        redisUrl: config.REDIS_URL,
        concurrency: config.CHC_WORKER_CONCURRENCY,
        prefix: config.CHC_QUEUE_PREFIX,
        lockMs: config.CHC_JOB_LOCK_MS,
        localWorker: options.localWorker,
        outages: outages!,
      })
    : new InProcessRunner(handlers, config.CHC_WORKER_CONCURRENCY);
  metrics.watchQueue(() => runner.counts());
  return {
    database,
    ingestion,
    runner,
    metrics,
    async close() {
      await runner.close();
      redis?.disconnect();
      await sandbox.close();
      await database.close();
    },
  };
}
