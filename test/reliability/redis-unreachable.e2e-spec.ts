import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createScratchDatabase } from '@chc/db';
import { corpusDir } from '../support/corpus';
import { runChc } from '../support/chc-process';
import { testServices } from '../support/services';

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('commands with REDIS_URL on a server that does not answer', () => {
  let database: { url: string; drop: () => Promise<void> };
  let dataDir: string;
  let port: number;
  const env = () => ({
    DATABASE_URL: database.url,
    REDIS_URL: `redis://:hunter2@127.0.0.1:${port}`,
    CHC_DATA_DIR: dataDir,
  });

  beforeAll(async () => {
    database = await createScratchDatabase(testServices().databaseUrl, 'chc_redis_down');
    dataDir = mkdtempSync(path.join(tmpdir(), 'chc-redis-down-'));
    port = await closedPort();
  });
  afterAll(async () => {
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it.each([
    ['status', () => ['status'], /jobs: unknown: Redis at/],
    ['serve', () => ['serve', '--port', '0'], /^chc: Redis at/m],
    [
      'ingest --enqueue-only',
      () => ['ingest', '--enqueue-only', corpusDir('html')],
      /^chc: Redis at/m,
    ],
  ])(
    'should end chc %s with a message naming Redis',
    async (_, args, said) => {
      // Killed after 90 s: a command that waits for Redis forever fails here.
      const run = await runChc(args(), env(), 90_000);
      expect(run.code).not.toBeNull();
      expect(run.code).not.toBe(0);
      const output = run.stdout + run.stderr;
      expect(output).toMatch(said);
      expect(output).toContain(`redis://127.0.0.1:${port} does not answer (connect ECONNREFUSED`);
      expect(output).not.toContain('hunter2');
      expect(run.stderr).not.toContain('Unhandled error event');
    },
    120_000,
  );
});
