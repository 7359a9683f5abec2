import { execFile } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { createScratchDatabase } from '@chc/db';
import { FetchError, parseAllowList, safeFetch, type FetchPolicy } from '@ingest/crawl';
import { testServices } from '../support/services';

const CLI = path.resolve(__dirname, '../../dist/apps/cli/main.js');
const DECLARED = 50_000_000;
const LIMIT = 100_000;
const TIMEOUT_MS = 1_500;

describe('fetch limits against hostile servers on loopback', () => {
  let server: http.Server;
  let base: string;
  let database: { url: string; drop: () => Promise<void> };
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();

  beforeAll(async () => {
    database = await createScratchDatabase(testServices().databaseUrl, 'chc_fetch');
    server = http.createServer((req, res) => {
      if (req.url === '/huge') {
        // Declares far more than the limit, sends a little, and keeps the connection open.
        res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': DECLARED });
        res.write(Buffer.alloc(1_024, 37));
      } else {
        // One byte at a time, each well inside any idle timer, never finishing.
        res.writeHead(200, { 'content-type': 'text/html' });
        const timer = setInterval(() => res.write('<'), 200);
        timers.add(timer);
        res.on('close', () => clearInterval(timer));
      }
    });
    server.on('connection', (socket: Socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    timers.forEach(clearInterval);
    sockets.forEach((s) => s.destroy());
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await database.drop();
  });

  const policy: FetchPolicy = {
    allow: parseAllowList(['127.0.0.1']),
    maxBytes: LIMIT,
    timeoutMs: TIMEOUT_MS,
    maxRedirects: 3,
    userAgent: 'chc-bench-test (+https://example.org/contact)',
  };

  const failure = async (url: string) => {
    const started = Date.now();
    const error = await safeFetch(url, policy).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchError);
    return { error: error as FetchError, seconds: (Date.now() - started) / 1000 };
  };

  it('should refuse a declared length over the limit for good, without crashing', async () => {
    const { error } = await failure(`${base}/huge`);
    expect(error).toMatchObject({ code: 'too_large', retryable: false });
    expect(error.message).toContain(`too large (${DECLARED} bytes > ${LIMIT})`);
  });

  it('should give up on a body trickling a byte at a time at the deadline', async () => {
    const { error, seconds } = await failure(`${base}/trickle`);
    expect(error.code).toBe('timeout');
    expect(error.message).toContain(`within ${TIMEOUT_MS} ms`);
    expect(seconds).toBeLessThan(TIMEOUT_MS / 1000 + 3);
  });

  const ingest = (url: string) =>
    new Promise<{ status: number; stdout: string; stderr: string; seconds: number }>((resolve) => {
      const started = Date.now();
      execFile(
        process.execPath,
        [CLI, 'ingest', url],
        {
          encoding: 'utf8',
          timeout: 120_000,
          env: {
            PATH: process.env.PATH ?? '',
            DATABASE_URL: database.url,
            CHC_CRAWL_ALLOW: '127.0.0.1',
            CHC_FETCH_MAX_BYTES: String(LIMIT),
            CHC_FETCH_TIMEOUT_MS: String(TIMEOUT_MS),
          },
        },
        (error, stdout, stderr) =>
          resolve({
            status: error ? Number(error.code ?? 1) : 0,
            stdout,
            stderr,
            seconds: (Date.now() - started) / 1000,
          }),
      );
    });

  it('should report both through chc ingest on one line each, with no crash', async () => {
    const huge = await ingest(`${base}/huge`);
    expect(huge.stdout).toMatch(
      new RegExp(`^  failed: .*/huge: .*too large \\(${DECLARED} bytes > ${LIMIT}\\)$`, 'm'),
    );
    expect(huge.status).toBe(1);
    expect(huge.stderr).not.toMatch(/Unhandled|Error:|at /);

    const trickle = await ingest(`${base}/trickle`);
    expect(trickle.stdout).toMatch(
      /^ {2}failed: .*\/trickle: .*no complete answer within 1500 ms$/m,
    );
    expect(trickle.status).toBe(1);
    expect(trickle.stderr).not.toMatch(/Unhandled|Error:|at /);
    // Four attempts with backoff, each bounded by the deadline.
    expect(trickle.seconds).toBeLessThan(60);
  }, 300_000);
});
