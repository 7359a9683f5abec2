import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { createScratchDatabase } from '@chc/db';
import { startChc, startChcServer, type ChcProcess } from '../support/chc-process';
import { testServices } from '../support/services';

/** A loopback port nothing listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function stop(process: ChcProcess | undefined): Promise<void> {
  if (process && process.child.exitCode === null) {
    process.child.kill('SIGTERM');
    await process.exited;
  }
}

/** Waits (bounded) until the process has written something that matches. */
async function waitForOutput(process: ChcProcess, pattern: RegExp, ms = 60_000): Promise<void> {
  const until = Date.now() + ms;
  while (!pattern.test(process.output())) {
    if (Date.now() > until || process.child.exitCode !== null) {
      throw new Error(`no ${pattern} in: ${process.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

interface RequestLine {
  level: number;
  reqId: string;
  req: { method: string; path: string };
  res: { status: number };
  ms: number;
}

const SECRET = `secret-${randomBytes(8).toString('hex')}`;
const METRICS_TOKEN = `metrics-${randomBytes(12).toString('hex')}`;

describe('chc serve and chc worker as operated', () => {
  const { databaseUrl, redisUrl } = testServices();
  let database: { url: string; drop: () => Promise<void> };
  let serve: ChcProcess | undefined;
  let worker: ChcProcess | undefined;
  let metricsPort: number;
  let api: string;

  beforeAll(async () => {
    database = await createScratchDatabase(databaseUrl, 'chc_ops');
    metricsPort = await freePort();
    serve = await startChcServer({
      DATABASE_URL: database.url,
      CHC_METRICS_PORT: String(metricsPort),
      CHC_METRICS_TOKEN: METRICS_TOKEN,
    });
    api = /API at (http:\/\/\S+)\/graphql/.exec(serve.output())![1]!;
  }, 120_000);

  afterAll(async () => {
    await stop(serve);
    await stop(worker);
    await database?.drop();
  });

  it('should log one JSON line per request, with its id, and never a key or a query string', async () => {
    await fetch(`${api}/health/live`, { headers: { 'x-request-id': 'probe-1' } });
    const refused = await fetch(`${api}/api/exports/dictionary?token=${SECRET}`, {
      headers: { authorization: `Bearer ${SECRET}` },
    });
    expect(refused.status).toBe(401);
    await waitForOutput(serve!, /"path":"\/api\/exports\/dictionary"/);
    const lines = serve!
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as RequestLine);
    const requests = lines.filter((line) => line.req);
    expect(requests).toEqual([
      expect.objectContaining({
        level: 30,
        reqId: 'probe-1',
        req: { method: 'GET', path: '/health/live' },
        res: { status: 200 },
        ms: expect.any(Number),
      }),
      expect.objectContaining({
        level: 40,
        reqId: refused.headers.get('x-request-id'),
        req: { method: 'GET', path: '/api/exports/dictionary' },
        res: { status: 401 },
      }),
    ]);
    expect(serve!.output()).not.toContain(SECRET);
  });

  it('should serve /metrics on CHC_METRICS_PORT only, and only with its token', async () => {
    expect((await fetch(`${api}/metrics`)).status).toBe(404);
    const metrics = `http://127.0.0.1:${metricsPort}/metrics`;
    expect((await fetch(metrics)).status).toBe(401);
    expect(
      (await fetch(metrics, { headers: { authorization: `Bearer ${SECRET}-wrong` } })).status,
    ).toBe(401);
    const allowed = await fetch(metrics, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(allowed.status).toBe(200);
    const text = await allowed.text();
    expect(text).toMatch(
      /^chc_http_requests_total\{method="GET",route="\/health\/live",status="200"\} 1$/m,
    );
    expect(text).toMatch(/^chc_queue_up 1$/m);
  });

  it('should let a worker serve its own metrics with the shared queue depth', async () => {
    const port = await freePort();
    worker = startChc(['worker'], {
      DATABASE_URL: database.url,
      REDIS_URL: redisUrl,
      CHC_QUEUE_PREFIX: `chc-ops-${randomBytes(4).toString('hex')}`,
      CHC_METRICS_PORT: String(port),
    });
    await waitForOutput(worker, /metrics at http:\/\/127\.0\.0\.1:\d+\/metrics/);
    const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(text).toMatch(/^chc_queue_up 1$/m);
    expect(text).toMatch(/^chc_queue_jobs\{state="waiting"\} 0$/m);
    expect(text).toContain('# TYPE chc_documents_total counter');
    // The worker's human line stays plain text on the terminal.
    expect(worker.output()).toMatch(/^chc worker: processing jobs/m);
  });
});
