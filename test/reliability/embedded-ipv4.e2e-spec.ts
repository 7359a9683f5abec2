import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { FetchError, parseAllowList, safeFetch, type FetchPolicy } from '@ingest/crawl';

describe('IPv6 literals that carry a refused IPv4 address', () => {
  let server: http.Server;
  let port: number;

  beforeAll(async () => {
    server = http.createServer((_req, res) => res.end('<h1>Self-assessment</h1>'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const policy = (allow: string[]): FetchPolicy => ({
    allow: parseAllowList(allow),
    maxBytes: 100_000,
    timeoutMs: 5_000,
    maxRedirects: 3,
    userAgent: 'chc-bench-test (+https://example.org/contact)',
  });

  const refusal = async (host: string, allow: string[]) => {
    const error = await safeFetch(`http://${host}:${port}/`, policy(allow)).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(FetchError);
    expect([host, (error as FetchError).code]).toEqual([host, 'blocked_address']);
    return (error as FetchError).message;
  };

  it('should refuse IPv4-compatible, mapped, NAT64, 6to4 and Teredo forms of private addresses', async () => {
    // Even where loopback itself is allowed, the deprecated compatible form is not.
    expect(await refusal('[::7f00:1]', ['127.0.0.1'])).toContain('IPv4-compatible');
    expect(await refusal('[::127.0.0.1]', [])).toContain('refused');
    expect(await refusal('[::ffff:127.0.0.1]', [])).toContain('loopback');
    expect(await refusal('[::ffff:a9fe:a9fe]', [])).toContain('linkLocal');
    expect(await refusal('[64:ff9b::a00:1]', [])).toContain('NAT64 address of 10.0.0.1');
    expect(await refusal('[2002:7f00:1::]', [])).toContain('6to4');
    expect(await refusal('[2001:0:4136:e378:8000:63bf:80ff:fffe]', [])).toContain('teredo');
    // The allowed address itself still answers.
    const fetched = await safeFetch(`http://127.0.0.1:${port}/`, policy(['127.0.0.1']));
    expect(Buffer.from(fetched.bytes).toString()).toContain('Self-assessment');
  });
});
