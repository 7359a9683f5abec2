import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '@chc/config';
import { createScratchDatabase } from '@chc/db';
import { ingestJobFor } from '@chc/ingestion/jobs/ingest.job';
import type { IngestOutcome } from '@chc/ingestion';
import { openPipeline, type Pipeline } from '@chc/pipeline';
import type { JobRequest } from '@chc/queue';
import { AssessmentsRepository } from '@chc/assessments/assessments.repository';
import { SectorStatisticsEntity } from '@chc/assessments/entities/sector-statistics.entity';
import { corpusDir } from '../support/corpus';
import { testServices } from '../support/services';

function jobsFor(
  pipeline: Pipeline,
  files: { source: string; bytes: Buffer }[],
): Promise<JobRequest[]> {
  return Promise.all(
    files.map(({ source, bytes }) => ingestJobFor(pipeline.database.dataSource, source, bytes)),
  );
}

describe('queued ingestion on PostgreSQL and Redis', () => {
  const { databaseUrl, redisUrl } = testServices();
  let database: { url: string; drop: () => Promise<void> };
  let pipeline: Pipeline;

  beforeAll(async () => {
    database = await createScratchDatabase(databaseUrl, 'chc_test');
    const config = loadConfig({
      DATABASE_URL: database.url,
      REDIS_URL: redisUrl,
      CHC_WORKER_CONCURRENCY: '2',
      CHC_QUEUE_PREFIX: `chc-test-${randomBytes(4).toString('hex')}`,
    });
    pipeline = await openPipeline(config, { localWorker: true });
  }, 120_000);

  afterAll(async () => {
    await pipeline.close();
    await database.drop();
  });

  const corpus = (format: 'seeds' | 'pdf' | 'docx' | 'html') =>
    readdirSync(corpusDir(format))
      .sort()
      .map((name) => ({
        source: path.join(corpusDir(format), name),
        bytes: readFileSync(path.join(corpusDir(format), name)),
      }));

  it('should migrate an empty PostgreSQL database and ingest all four formats through BullMQ', async () => {
    expect(pipeline.runner.kind).toBe('bullmq');
    const jobs = await jobsFor(pipeline, [
      ...corpus('seeds'),
      ...corpus('pdf'),
      ...corpus('docx'),
      ...corpus('html'),
    ]);
    const outcomes = await pipeline.runner.runAll(jobs);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(20);
    expect(outcomes.map((o) => (o.result as IngestOutcome).status)).toEqual(
      Array(20).fill('ingested'),
    );
    const counts = await new AssessmentsRepository(pipeline.database.dataSource.manager).counts();
    expect(counts).toMatchObject({ documents: 20, assessments: 20 });
    expect(counts.responses).toBe(
      outcomes.reduce((sum, o) => sum + ((o.result as IngestOutcome).responses ?? 0), 0),
    );
  }, 300_000);

  it('should not make a second assessment when the same bytes are queued again', async () => {
    const outcomes = await pipeline.runner.runAll(await jobsFor(pipeline, corpus('html')));
    expect(outcomes.every((o) => o.ok && o.reused)).toBe(true);
    expect(
      (await new AssessmentsRepository(pipeline.database.dataSource.manager).counts()).assessments,
    ).toBe(20);
  });

  it('should fail a poison document for good, with its error in the failed list, and finish the others', async () => {
    const poison = {
      source: 'poison.pdf',
      bytes: Buffer.from(`%PDF-1.4 ${randomBytes(64).toString('hex')}`),
    };
    const good = {
      source: 'changed.html',
      bytes: Buffer.from(
        readFileSync(corpus('html')[0]!.source, 'utf8').replace(
          '</body>',
          '<p>Reviewed again.</p></body>',
        ),
      ),
    };
    const outcomes = await pipeline.runner.runAll(await jobsFor(pipeline, [poison, good]));
    const [bad, fine] = outcomes.sort((a, b) => Number(a.ok) - Number(b.ok));
    expect(bad).toMatchObject({ ok: false, attempts: 1 });
    expect(bad!.error).toMatch(/poison\.pdf: unreadable PDF/);
    expect(fine).toMatchObject({ ok: true });
    const failed = await pipeline.runner.failed();
    expect(failed.map((f) => f.error)).toContainEqual(expect.stringMatching(/poison\.pdf/));
  });

  it('should recompute sector statistics as a job once new assessments are in', async () => {
    const [outcome] = await pipeline.runner.runAll([
      {
        id: `sector-${randomBytes(4).toString('hex')}`,
        name: 'sector',
        payload: { reason: 'test' },
      },
    ]);
    expect(outcome).toMatchObject({ ok: true, result: { reason: 'test' } });
    // Five named landlords, and assessments whose landlord is unknown each count on their own.
    expect((outcome!.result as { landlords: number }).landlords).toBeGreaterThanOrEqual(5);
    const snapshots = await pipeline.database.dataSource
      .getRepository(SectorStatisticsEntity)
      .find();
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0]!.phrases.length).toBeGreaterThan(0);
  });
});
