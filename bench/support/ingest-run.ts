/* One end-to-end ingest of the benchmark's documents through Redis by `chc worker`
   processes into a scratch PostgreSQL database, with the CPU each process spent. */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { loadConfig } from '@chc/config';
import { createScratchDatabase } from '@chc/db';
import type { IngestOutcome } from '@chc/ingestion';
import { ingestJobFor } from '@chc/ingestion/jobs/ingest.job';
import { openPipeline } from '@chc/pipeline';
import type { JobRequest } from '@chc/queue';
import type { BenchDocument } from './documents/bench-documents';
import {
  databaseBackendsCpuSeconds,
  loadAverages,
  processCpuSeconds,
  redisCpuSeconds,
} from './process-cpu';

const CLI = path.resolve(__dirname, '../../apps/cli/main.js');

export interface RunSettings {
  workers: number;
  /** CHC_WORKER_CONCURRENCY of each worker. */
  concurrency: number;
  /** CHC_READER_THREADS of each worker. */
  readers: number;
  databaseUrl: string;
  redisUrl: string;
}

export interface RunFigures extends RunSettings {
  seconds: number;
  ingested: number;
  failed: number;
  /** Broken documents that failed, of those planned broken. */
  brokenFailed: number;
  broken: number;
  /** Failures of documents that should have been read, with their reasons. */
  unexpected: string[];
  /** Milliseconds per stage, summed over documents. */
  stages: Record<string, number>;
  storeMsPerDocument: number;
  cpu: { workers: (number | null)[]; postgres: number | null; redis: number; bench: number };
  load: string;
}

const stage = (results: IngestOutcome[], key: 'readMs' | 'parseMs' | 'analyseMs' | 'storeMs') =>
  results.reduce((sum, r) => sum + (r.timings?.[key] ?? 0), 0);

/** Ingests `documents` with the settings' workers and concurrency; the database is dropped after. */
export async function ingestRun(
  documents: readonly BenchDocument[],
  settings: RunSettings,
): Promise<RunFigures> {
  const database = await createScratchDatabase(settings.databaseUrl, 'chc_bench');
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    REDIS_URL: settings.redisUrl,
    CHC_QUEUE_PREFIX: `chc-bench-${randomBytes(4).toString('hex')}`,
    CHC_WORKER_CONCURRENCY: String(settings.concurrency),
    CHC_READER_THREADS: String(settings.readers),
  };
  const client = await openPipeline(loadConfig(env), { localWorker: false });
  const processes: ChildProcess[] = [];
  try {
    const redisBefore = await redisCpuSeconds(settings.redisUrl);
    const benchBefore = process.cpuUsage();
    const started = performance.now();
    const jobs: JobRequest[] = [];
    for (const { source, bytes } of documents) {
      jobs.push(await ingestJobFor(client.database.dataSource, source, bytes));
    }
    const stored = performance.now();
    for (let i = 0; i < settings.workers; i++) {
      processes.push(spawn(process.execPath, [CLI, 'worker'], { env, stdio: 'ignore' }));
    }
    const outcomes = await client.runner.runAll(jobs);
    const seconds = (performance.now() - started) / 1000;
    const cpu = {
      workers: processes.map((p) => processCpuSeconds(p.pid)),
      postgres: await databaseBackendsCpuSeconds(client.database.dataSource),
      redis: (await redisCpuSeconds(settings.redisUrl)) - redisBefore,
      bench: ((u) => (u.user + u.system) / 1e6)(process.cpuUsage(benchBefore)),
    };
    const bySource = new Map(documents.map((d, i) => [jobs[i]!.id, d]));
    const results = outcomes.filter((o) => o.ok).map((o) => o.result as IngestOutcome);
    const failures = outcomes.filter((o) => !o.ok);
    const brokenFailed = failures.filter((o) => bySource.get(o.id)?.plan.broken).length;
    return {
      ...settings,
      seconds,
      ingested: results.length,
      failed: failures.length,
      brokenFailed,
      broken: documents.filter((d) => d.plan.broken).length,
      unexpected: failures
        .filter((o) => !bySource.get(o.id)?.plan.broken)
        .map((o) => `${bySource.get(o.id)?.source}: ${o.error}`),
      stages: {
        'store bytes': stored - started,
        read: stage(results, 'readMs'),
        parse: stage(results, 'parseMs'),
        analyse: stage(results, 'analyseMs'),
        'store results': stage(results, 'storeMs'),
      },
      storeMsPerDocument: stage(results, 'storeMs') / Math.max(1, results.length),
      cpu,
      load: loadAverages(),
    };
  } finally {
    for (const p of processes) {
      p.kill('SIGTERM');
    }
    await client.close();
    await database.drop();
  }
}
