import type { AppConfig } from '../config';
import { openDatabase, type Database } from '../db';
import { DocumentSandbox } from '@ingest/extract';
import { IngestionService } from '../ingestion/ingestion.service';
import { ingestJobHandler } from '../ingestion/jobs/ingest.job';
import { BullmqRunner } from '../queue/bullmq-runner';
import { InProcessRunner } from '../queue/in-process-runner';
import type { JobRunner } from '../queue/job-runner';
import type { JobHandlers } from '../queue/job-types';

export interface Pipeline {
  database: Database;
  ingestion: IngestionService;
  runner: JobRunner;
  close(): Promise<void>;
}

export interface PipelineOptions {
  /** Process jobs here too while waiting for them (BullMQ only; in-process always does). */
  localWorker: boolean;
}

/**
 * Opens everything the ingestion pipeline needs: the database (or embedded PGlite), the
 * reader sandbox, the ingestion service and a job runner — BullMQ on REDIS_URL, or the
 * same handlers in this process without it.
 */
export async function openPipeline(config: AppConfig, options: PipelineOptions): Promise<Pipeline> {
  const database = await openDatabase(config);
  const sandbox = new DocumentSandbox();
  const ingestion = new IngestionService(database.dataSource, sandbox);
  const handlers: JobHandlers = { ingest: ingestJobHandler(database.dataSource, ingestion) };
  const runner: JobRunner = config.REDIS_URL
    ? new BullmqRunner(handlers, {
        redisUrl: config.REDIS_URL,
        concurrency: config.CHC_WORKER_CONCURRENCY,
        prefix: config.CHC_QUEUE_PREFIX,
        lockMs: config.CHC_JOB_LOCK_MS,
        localWorker: options.localWorker,
      })
    : new InProcessRunner(handlers, config.CHC_WORKER_CONCURRENCY);
  return {
    database,
    ingestion,
    runner,
    async close() {
      await runner.close();
      await sandbox.close();
      await database.close();
    },
  };
}
