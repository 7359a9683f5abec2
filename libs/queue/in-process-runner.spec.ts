import { InProcessRunner } from './in-process-runner';
import { PermanentJobError, type JobRequest } from './job-types';

const job = (sha256: string): JobRequest => ({
  id: `${sha256}-ingest`,
  name: 'ingest',
  payload: { sha256, source: `${sha256}.pdf` },
});

describe(InProcessRunner.name, () => {
  it('should retry a passing failure with backoff, and give up on bad input at once', async () => {
    const calls = new Map<string, number>();
    const runner = new InProcessRunner(
      {
        crawl: () => Promise.reject(new Error('not used')),
        fetch: () => Promise.reject(new Error('not used')),
        sector: () => Promise.reject(new Error('not used')),
        ingest: ({ sha256 }) => {
          const n = (calls.get(sha256) ?? 0) + 1;
          calls.set(sha256, n);
          if (sha256 === 'flaky' && n < 3) {
            return Promise.reject(new Error('connection refused'));
          }
          if (sha256 === 'poison') {
            return Promise.reject(new PermanentJobError('unreadable PDF'));
          }
          return Promise.resolve(sha256);
        },
      },
      2,
      1,
    );
    const outcomes = await runner.runAll([job('flaky'), job('poison'), job('fine'), job('fine')]);
    const byId = Object.fromEntries(outcomes.map((o) => [o.id, o]));
    expect(byId['flaky-ingest']).toMatchObject({ ok: true, attempts: 3 });
    expect(byId['poison-ingest']).toMatchObject({
      ok: false,
      attempts: 1,
      error: 'unreadable PDF',
    });
    expect(outcomes).toHaveLength(3);
    expect(calls.get('fine')).toBe(1);
    expect((await runner.failed()).map((f) => f.id)).toEqual(['poison-ingest']);
    const [again] = await runner.runAll([job('fine')]);
    expect(again).toMatchObject({ ok: true });
    expect(calls.get('fine')).toBe(1);
  });

  it('should refuse to act as a worker, since there is no queue to share', async () => {
    await expect(
      new InProcessRunner(
        {
          crawl: () => Promise.resolve(null),
          fetch: () => Promise.resolve(null),
          ingest: () => Promise.resolve(null),
          sector: () => Promise.resolve(null),
        },
        1,
      ).work(),
    ).rejects.toThrow(/REDIS_URL/);
  });
});
