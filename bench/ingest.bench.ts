/* bench:ingest [landlords] — renders a synthetic sector (PDF, Word, HTML and text in turn),
   then ingests it end to end into PostgreSQL through Redis with one and then two
   `chc worker` processes, printing documents/s and the share of time per stage. */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { loadConfig } from '@chc/config';
import { createScratchDatabase } from '@chc/db';
import type { IngestOutcome } from '@chc/ingestion';
import { ingestJobFor } from '@chc/ingestion/jobs/ingest.job';
import { openPipeline } from '@chc/pipeline';
import type { JobRequest } from '@chc/queue';
import { renderDocument, SYNTHETIC_FORMATS } from '@ingest/synthetic';
import { benchSector } from './support/load-sector';
import { benchServices } from './support/services';

const CLI = path.resolve(__dirname, '../apps/cli/main.js');

async function run(
  documents: { source: string; bytes: Buffer }[],
  workers: number,
  serverUrl: string,
  redisUrl: string,
): Promise<void> {
  const database = await createScratchDatabase(serverUrl, 'chc_bench');
  const databaseUrl = database.url;
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    CHC_QUEUE_PREFIX: `chc-bench-${randomBytes(4).toString('hex')}`,
    CHC_WORKER_CONCURRENCY: '2',
  };
  const client = await openPipeline(loadConfig(env), { localWorker: false });
  const processes: ChildProcess[] = [];
  try {
    const started = performance.now();
    const jobs: JobRequest[] = [];
    for (const { source, bytes } of documents) {
      jobs.push(await ingestJobFor(client.database.dataSource, source, bytes));
    }
    const stored = performance.now();
    for (let i = 0; i < workers; i++) {
      processes.push(spawn(process.execPath, [CLI, 'worker'], { env, stdio: 'ignore' }));
    }
    const outcomes = await client.runner.runAll(jobs);
    const seconds = (performance.now() - started) / 1000;
    const results = outcomes.filter((o) => o.ok).map((o) => o.result as IngestOutcome);
    const stage = (key: 'readMs' | 'parseMs' | 'analyseMs' | 'storeMs') =>
      results.reduce((sum, r) => sum + (r.timings?.[key] ?? 0), 0);
    const stages = {
      'store bytes': stored - started,
      read: stage('readMs'),
      parse: stage('parseMs'),
      analyse: stage('analyseMs'),
      'store results': stage('storeMs'),
    };
    const total = Object.values(stages).reduce((a, b) => a + b, 0);
    process.stdout.write(
      `${workers} worker${workers > 1 ? 's' : ''}: ${results.length} ingested, ${outcomes.length - results.length} failed in ${seconds.toFixed(1)} s — ${(documents.length / seconds).toFixed(1)} documents/s; ` +
        `time per stage: ${Object.entries(stages)
          .map(([k, v]) => `${k} ${((v / total) * 100).toFixed(0)}%`)
          .join(', ')}\n`,
    );
  } finally {
    for (const p of processes) {
      p.kill('SIGTERM');
    }
    await client.close();
    await database.drop();
  }
}

async function main(): Promise<void> {
  const landlords = Number(process.argv[2] ?? 2500);
  const { databaseUrl, redisUrl } = benchServices();
  const started = performance.now();
  const sector = benchSector(landlords);
  const documents = await Promise.all(
    sector.map(async (assessment, i) => {
      const format = SYNTHETIC_FORMATS[i % SYNTHETIC_FORMATS.length]!;
      return {
        source: `synthetic/${i}.${format}`,
        bytes: await renderDocument(assessment, format),
      };
    }),
  );
  const megabytes = documents.reduce((s, d) => s + d.bytes.length, 0) / 1024 / 1024;
  process.stdout.write(
    `${documents.length} documents (${SYNTHETIC_FORMATS.join(', ')} in turn, ${megabytes.toFixed(0)} MiB) rendered in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
  for (const workers of [1, 2]) {
    await run(documents, workers, databaseUrl, redisUrl);
  }
  process.stdout.write('target: 2,500 landlords end to end in under 10 minutes\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:ingest: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
