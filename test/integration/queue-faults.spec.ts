import { setTimeout as sleep } from 'node:timers/promises';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { AssessmentsRepository } from '@chc/assessments/assessments.repository';
import { loadConfig } from '@chc/config';
import { createScratchDatabase } from '@chc/db';
import { ingestJobFor } from '@chc/ingestion/jobs/ingest.job';
import { openPipeline, type Pipeline } from '@chc/pipeline';
import { QUEUE_NAME, type JobRequest } from '@chc/queue';
import { corpusDir } from '../support/corpus';
import { buildPdf } from '@ingest/synthetic/render/pdf-writer';
import { testServices } from '../support/services';
import { TcpProxy } from '../support/tcp-proxy';

const CLI = path.resolve(__dirname, '../../dist/apps/cli/main.js');
function enqueueable(pipeline: Pipeline, source: string, bytes: Buffer): Promise<JobRequest> {
  return ingestJobFor(pipeline.database.dataSource, source, bytes);
}

describe('queue faults', () => {
  const { databaseUrl, redisUrl } = testServices();
  let database: { url: string; drop: () => Promise<void> };
  const prefix = `chc-fault-${randomBytes(4).toString('hex')}`;

  beforeEach(async () => {
    database = await createScratchDatabase(databaseUrl, 'chc_test');
  });
  afterEach(async () => {
    await database.drop();
  });

  it('should retry jobs while PostgreSQL is unreachable, then succeed once it is back', async () => {
    const target = new URL(database.url);
    const proxy = new TcpProxy(target.hostname, Number(target.port));
    await proxy.start();
    const viaProxy = new URL(database.url);
    viaProxy.port = String(proxy.port);
    const pipeline = await openPipeline(
      loadConfig({
        DATABASE_URL: viaProxy.toString(),
        REDIS_URL: redisUrl,
        CHC_QUEUE_PREFIX: `${prefix}-pg`,
      }),
      { localWorker: true },
    );
    try {
      const html = corpusDir('html');
      const jobs = await Promise.all(
        readdirSync(html)
          .sort()
          .slice(0, 3)
          .map((name) => enqueueable(pipeline, name, readFileSync(path.join(html, name)))),
      );
      await proxy.stop();
      const running = pipeline.runner.runAll(jobs);
      await sleep(2_500);
      await proxy.start(proxy.port);
      const outcomes = await running;
      expect(outcomes.map((o) => o.ok)).toEqual([true, true, true]);
      expect(outcomes.some((o) => o.attempts > 1)).toBe(true);
      expect(
        (await new AssessmentsRepository(pipeline.database.dataSource.manager).counts())
          .assessments,
      ).toBe(3);
    } finally {
      await pipeline.close();
      await proxy.stop();
    }
  }, 120_000);

  it('should retry a job whose worker was killed mid-job, without duplicate rows', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'chc-fault-'));
    const env = {
      ...process.env,
      DATABASE_URL: database.url,
      REDIS_URL: redisUrl,
      CHC_QUEUE_PREFIX: `${prefix}-kill`,
      CHC_JOB_LOCK_MS: '2000',
      CHC_DATA_DIR: dataDir,
    };
    const client = await openPipeline(loadConfig(env), { localWorker: false });
    const connection = new IORedis(redisUrl, { maxRetriesPerRequest: null });
    const queue = new Queue(QUEUE_NAME, { connection, prefix: `${prefix}-kill` });
    const workers: ChildProcess[] = [];
    const startWorker = () => {
      const worker = spawn(process.execPath, [CLI, 'worker'], { env, stdio: 'ignore' });
      workers.push(worker);
      return worker;
    };
    try {
      // A long document, so that the worker is surely busy with it when it is killed.
      const pages = Array.from({ length: 150 }, (_, p) => ({
        lines: Array.from({ length: 40 }, (__, l) => ({
          x: 50,
          y: 40 + l * 18,
          text: `Page ${p + 1} line ${l + 1}: complaints handled monthly`,
        })),
      }));
      const job = await enqueueable(client, 'long.pdf', buildPdf(pages));
      const running = client.runner.runAll([job]);
      const first = startWorker();
      for (let i = 0; i < 200 && (await queue.getJobCounts('active')).active === 0; i++) {
        await sleep(50);
      }
      expect((await queue.getJobCounts('active')).active).toBe(1);
      first.kill('SIGKILL');
      startWorker();
      const [outcome] = await running;
      expect(outcome).toMatchObject({ ok: true });
      // BullMQ took the job back from the dead worker (a stall), not as a failed attempt.
      expect((await queue.getJob(job.id))?.stalledCounter).toBe(1);
      const counts = await new AssessmentsRepository(client.database.dataSource.manager).counts();
      expect(counts).toMatchObject({ documents: 1, assessments: 1 });
    } finally {
      for (const worker of workers) {
        worker.kill('SIGKILL');
      }
      await queue.obliterate({ force: true });
      await queue.close();
      connection.disconnect();
      await client.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
