import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { FetchError, parseAllowList, safeFetch, type FetchPolicy } from '@ingest/crawl';

describe('safe fetch against a local site', () => {
  let server: http.Server;
  let port: number;
  const policy = (allow: string[], maxBytes = 1_000_000): FetchPolicy => ({
    allow: parseAllowList(allow),
    maxBytes,
    timeoutMs: 5_000,
    maxRedirects: 3,
    userAgent: 'chc-bench-test (+https://example.org/contact)',
  });

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/doc.html') {
        res.writeHead(200, { 'content-type': 'text/html', etag: '"v1"' });
        res.end('<h1>Self-assessment</h1>');
      } else if (req.url === '/to-loopback') {
        res.writeHead(302, { location: `http://127.0.0.1:${port}/doc.html` });
        res.end();
      } else if (req.url === '/big') {
        res.writeHead(200);
        res.end(Buffer.alloc(2_000_000, 65));
      } else if (req.url === '/error') {
        res.writeHead(503);
        res.end();
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const fails = async (url: string, p: FetchPolicy) => {
    const error = await safeFetch(url, p).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchError);
    return error as FetchError;
  };

  it('should refuse loopback unless the allow-list names it', async () => {
    expect((await fails(`http://127.0.0.1:${port}/doc.html`, policy([]))).code).toBe(
      'blocked_address',
    );
    expect((await fails(`http://localhost:${port}/doc.html`, policy([]))).code).toBe(
      'blocked_address',
    );
    const fetched = await safeFetch(`http://127.0.0.1:${port}/doc.html`, policy(['127.0.0.0/8']));
    expect(Buffer.from(fetched.bytes).toString()).toContain('Self-assessment');
    expect(fetched).toMatchObject({ status: 200, etag: '"v1"', contentType: 'text/html' });
  });

  it('should check the address again on every redirect', async () => {
    const error = await fails(`http://localhost:${port}/to-loopback`, policy(['localhost']));
    expect(error.code).toBe('blocked_address');
  });

  it('should stop reading past the size limit, and class server errors as worth retrying', async () => {
    expect((await fails(`http://127.0.0.1:${port}/big`, policy(['127.0.0.1'], 100_000))).code).toBe(
      'too_large',
    );
    expect(await fails(`http://127.0.0.1:${port}/error`, policy(['127.0.0.1']))).toMatchObject({
      code: 'http_status',
      retryable: true,
    });
    expect((await fails('file:///etc/passwd', policy([]))).code).toBe('bad_url');
  });
});
