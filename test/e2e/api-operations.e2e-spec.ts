/// <reference lib="dom" />
// page.evaluate callbacks run in the browser.
import { readdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { startApiFixture, type ApiFixture } from '../support/api-fixture';
import { launchBrowser, openView } from '../support/browser';
import { corpusDir } from '../support/corpus';

const ALLOWED_ORIGIN = 'https://analysis.example.org';

/** One sample's value from Prometheus's text format (0 when the series is absent). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  const line = text
    .split('\n')
    .find((l) =>
      l.startsWith(`${name}{`) || l.startsWith(`${name} `)
        ? wanted.every((w) => l.includes(w))
        : false,
    );
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

describe('operating the API: health, metrics, security headers, CORS', () => {
  let api: ApiFixture;

  beforeAll(async () => {
    api = await startApiFixture({ CHC_CORS_ORIGINS: ALLOWED_ORIGIN });
  }, 180_000);

  afterAll(async () => {
    await api?.close();
  });

  const metrics = async () => {
    const response = await fetch(`${api.server.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    return response.text();
  };

  it('should answer /health/live, and /health/ready (and /health) with each dependency checked', async () => {
    const live = await fetch(`${api.server.url}/health/live`);
    expect({ status: live.status, body: await live.json() }).toEqual({
      status: 200,
      body: { status: 'ok' },
    });
    for (const path of ['/health/ready', '/health']) {
      const ready = await fetch(`${api.server.url}${path}`);
      expect({ path, status: ready.status, body: await ready.json() }).toMatchObject({
        path,
        status: 200,
        body: { status: 'ok', down: [], checks: { database: 'ok' } },
      });
    }
  });

  it('should count requests by route and status, time them, and report queue, jobs and documents', async () => {
    const before = await metrics();
    const labels = { method: 'GET', route: '/health/live', status: '200' };
    await fetch(`${api.server.url}/health/live`);
    await fetch(`${api.server.url}/no/such/page`);
    await api.gql('{ __typename }');
    await fetch(`${api.server.url}/styles.css`);
    const after = await metrics();
    expect(sample(after, 'chc_http_requests_total', labels)).toBe(
      sample(before, 'chc_http_requests_total', labels) + 1,
    );
    expect(sample(after, 'chc_http_request_duration_seconds_count', labels)).toBe(
      sample(before, 'chc_http_request_duration_seconds_count', labels) + 1,
    );
    expect(
      sample(after, 'chc_http_requests_total', { route: 'unmatched', status: '404' }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      sample(after, 'chc_http_requests_total', {
        method: 'POST',
        route: '/graphql',
        status: '200',
      }),
    ).toBe(
      sample(before, 'chc_http_requests_total', {
        method: 'POST',
        route: '/graphql',
        status: '200',
      }) + 1,
    );
    expect(sample(after, 'chc_http_requests_total', { route: 'static', status: '200' })).toBe(
      sample(before, 'chc_http_requests_total', { route: 'static', status: '200' }) + 1,
    );
    // The path tried is never a label: labels stay few whatever callers try.
    expect(after).not.toContain('/no/such/page');
    const documents = readdirSync(corpusDir('pdf')).length;
    expect(sample(after, 'chc_documents_total', { outcome: 'ingested' })).toBe(documents);
    expect(sample(after, 'chc_job_attempts_total', { job: 'ingest', outcome: 'completed' })).toBe(
      documents,
    );
    expect(sample(after, 'chc_queue_up')).toBe(1);
    expect(sample(after, 'chc_queue_jobs', { state: 'completed' })).toBeGreaterThanOrEqual(
      documents,
    );
    expect(after).toContain('chc_queue_jobs{state="waiting"} 0');
  });

  it('should send security headers, with a Content Security Policy that allows no inline script', async () => {
    const response = await fetch(`${api.server.url}/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('should allow cross-origin calls from the configured origins only', async () => {
    const preflight = (origin: string) =>
      fetch(`${api.server.url}/graphql`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,authorization',
        },
      });
    const allowed = await preflight(ALLOWED_ORIGIN);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    expect(allowed.headers.get('access-control-allow-headers')).toContain('authorization');
    const refused = await preflight('https://elsewhere.example.com');
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    const read = await fetch(`${api.server.url}/health/live`, {
      headers: { origin: 'https://elsewhere.example.com' },
    });
    expect(read.headers.get('access-control-allow-origin')).toBeNull();
  });

  describe('the dashboards under that policy', () => {
    let browser: Browser;

    beforeAll(async () => {
      browser = await launchBrowser();
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
    });

    it('should render every view with no Content Security Policy violation', async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const violations: string[] = [];
      await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const page = window as unknown as { reportViolation(this: void, text: string): void };
          page.reportViolation(
            `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}`,
          );
        });
      });
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) {
          violations.push(message.text());
        }
      });
      const { data } = await api.gql<{ landlords: { edges: { node: { id: string } }[] } }>(
        '{ landlords(first: 1) { edges { node { id } } } }',
      );
      const landlord = data!.landlords.edges[0]!.node.id;
      for (const hash of [
        '#/',
        `#/landlord/${landlord}`,
        '#/provision/5.1',
        '#/compare',
        '#/search',
        '#/export',
        '#/operations',
      ]) {
        await openView(page, api.server.url, hash);
        // A view that drew nothing would pass trivially: each must show content.
        expect({ hash, text: (await page.locator('#main').innerText()).length > 20 }).toEqual({
          hash,
          text: true,
        });
      }
      expect(violations).toEqual([]);
      await page.close();
    });
  });
});
