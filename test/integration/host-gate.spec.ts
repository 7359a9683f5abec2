import { randomBytes } from 'node:crypto';
import IORedis from 'ioredis';
import { LocalHostGate, RedisHostGate, type HostGate } from '@chc/crawling';
import { testServices } from '../support/services';

async function turnTimes(gate: HostGate, callers: number, gapMs: number): Promise<number[]> {
  const started = performance.now();
  const times = await Promise.all(
    Array.from({ length: callers }, () =>
      gate.waitTurn('site.example', gapMs).then(() => performance.now() - started),
    ),
  );
  return times.sort((a, b) => a - b);
}

describe('host gates: one request at a time per host, a gap apart', () => {
  const gap = 300;

  it('should space the turns of callers in one process', async () => {
    const times = await turnTimes(new LocalHostGate(), 3, gap);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(gap - 20);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(gap - 20);
  });

  it('should space the turns of workers that share Redis', async () => {
    const { redisUrl } = testServices();
    const prefix = `chc-gate-${randomBytes(4).toString('hex')}`;
    const connections = [new IORedis(redisUrl), new IORedis(redisUrl)];
    try {
      const [a, b] = connections.map((c) => new RedisHostGate(c, prefix));
      const started = performance.now();
      const times = (
        await Promise.all(
          [a!, b!, a!].map((gate) =>
            gate.waitTurn('site.example', gap).then(() => performance.now() - started),
          ),
        )
      ).sort((x, y) => x - y);
      expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(gap - 20);
      expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(gap - 20);
    } finally {
      for (const c of connections) {
        c.disconnect();
      }
    }
  });
});
