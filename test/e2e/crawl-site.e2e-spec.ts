import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import {
  crawlSite,
  parseAllowList,
  safeFetch,
  type ClassifiedDocument,
  type CrawlBudget,
  type CrawlDeps,
  type HeldVersion,
} from '@ingest/crawl';
import { DocumentSandbox } from '@ingest/extract';
import { classifyDocument } from '@ingest/pipeline';
import { renderDocument, syntheticSector } from '@ingest/synthetic';
import { corpusDir } from '../support/corpus';

type Route = (req: http.IncomingMessage, res: http.ServerResponse, hits: number) => void;

/** A landlord's website on loopback, page by page. */
async function site(
  routes: Record<string, Route>,
): Promise<{ base: string; hits: Map<string, number>; close: () => Promise<void> }> {
  const hits = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const route = req.url ?? '/';
    hits.set(route, (hits.get(route) ?? 0) + 1);
    const handler = routes[route];
    if (handler) {
      handler(req, res, hits.get(route)!);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const html =
  (body: string): Route =>
  (_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html' }).end(`<html><body>${body}</body></html>`);
const file =
  (bytes: Buffer, type: string, etag?: string): Route =>
  (req, res) => {
    if (etag && req.headers['if-none-match'] === etag) {
      res.writeHead(304).end();
    } else {
      res.writeHead(200, { 'content-type': type, ...(etag ? { etag } : {}) }).end(bytes);
    }
  };

describe(crawlSite.name, () => {
  const sandbox = new DocumentSandbox();
  afterAll(() => sandbox.close());
  const budget: CrawlBudget = {
    maxPages: 25,
    maxDepth: 3,
    delayMs: 0,
    attempts: 3,
    userAgent: 'chc-bench-test',
  };
  const held = new Map<string, HeldVersion>();
  const deps: CrawlDeps = {
    fetch: (url, version) =>
      safeFetch(
        url,
        {
          allow: parseAllowList(['127.0.0.1']),
          maxBytes: 25 * 1024 * 1024,
          timeoutMs: 10_000,
          maxRedirects: 3,
          userAgent: 'chc-bench-test',
        },
        version,
      ),
    classify: (bytes) => classifyDocument(bytes, sandbox),
    sleep: () => Promise.resolve(),
    held: (url) => held.get(url),
  };
  const corpusFile = (format: 'pdf' | 'html' | 'docx', index = 0) => {
    const dir = corpusDir(format);
    return readFileSync(path.join(dir, readdirSync(dir).sort()[index]!));
  };
  const [older, newer] = syntheticSector({
    seed: 5,
    landlords: 1,
    secondYearShare: 1,
    edition2022Share: 0,
  }).reverse();

  it('should find documents linked from the footer, two levels down and in the sitemap, and mark the newest current', async () => {
    const s = await site({
      '/': html(
        '<main>Welcome</main><a href="/about">About us</a><footer><a href="/docs/self-assessment-2025.docx">Complaint Handling Code self-assessment</a></footer><a href="https://twitter.com/x">Twitter</a>',
      ),
      '/about': html('<a href="/about/complaints">Complaints</a>'),
      '/about/complaints': html(
        '<p>Read our <a href="/about/complaints/2024.pdf">Housing Ombudsman self-assessment 2024</a></p>',
      ),
      '/docs/self-assessment-2025.docx': file(
        await renderDocument(newer!, 'docx'),
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ),
      '/about/complaints/2024.pdf': file(await renderDocument(older!, 'pdf'), 'application/pdf'),
    });
    try {
      const sitemap: Route = (req, res) =>
        res
          .writeHead(200, { 'content-type': 'application/xml' })
          .end(
            `<?xml version="1.0"?><urlset><url><loc>http://${req.headers.host}/hidden/report.html</loc></url></urlset>`,
          );
      const routes = {
        '/sitemap.xml': sitemap,
        '/hidden/report.html': file(corpusFile('html'), 'text/html'),
      };
      const s2 = await site({ ...routes, '/': html('<p>Nothing linked here.</p>') });
      const onlySitemap = await crawlSite(s2.base, deps, budget);
      await s2.close();
      expect(onlySitemap.stopReason).toBe('found');
      expect(onlySitemap.found.map((f) => new URL(f.url).pathname)).toEqual([
        '/hidden/report.html',
      ]);

      const result = await crawlSite(s.base, deps, budget);
      expect(result.stopReason).toBe('found');
      expect(result.found.map((f) => [new URL(f.url).pathname, f.current])).toEqual([
        ['/docs/self-assessment-2025.docx', true],
        ['/about/complaints/2024.pdf', false],
      ]);
      expect(result.visited.some((v) => v.url.includes('twitter'))).toBe(false);
    } finally {
      await s.close();
    }
  }, 60_000);

  it('should honour robots.txt, retry a 500, survive a redirect loop and an endless calendar, and refuse a huge response', async () => {
    const forbidden = await site({
      '/robots.txt': file(Buffer.from('User-agent: *\nDisallow: /'), 'text/plain'),
      '/': html('<a href="/sa.pdf">Self-assessment</a>'),
      '/sa.pdf': file(corpusFile('pdf'), 'application/pdf'),
    });
    const blocked = await crawlSite(forbidden.base, deps, budget);
    expect(blocked.stopReason).toBe('blocked_by_robots');
    expect(forbidden.hits.get('/sa.pdf')).toBeUndefined();
    await forbidden.close();

    const calendarLinks = (n: number) => `<a href="/calendar?day=${n + 1}">next day</a>`;
    const flaky = await site({
      '/': html(
        '<a href="/loop">Complaints loop</a> <a href="/calendar?day=1">Events</a> <a href="/big.pdf">Complaints report (PDF)</a> <a href="/flaky">Self-assessment</a> <a href="http://169.254.169.254/latest/meta-data">metadata</a>',
      ),
      '/loop': (_req, res) => res.writeHead(302, { location: '/loop2' }).end(),
      '/loop2': (_req, res) => res.writeHead(302, { location: '/loop' }).end(),
      '/big.pdf': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/pdf' });
        const chunk = Buffer.alloc(1024 * 1024, 32);
        let sent = 0;
        const pump = () => {
          while (sent < 300 && res.write(chunk)) {
            sent++;
          }
          if (sent < 300) {
            res.once('drain', pump);
          } else {
            res.end();
          }
        };
        res.on('close', () => (sent = 300));
        pump();
      },
      '/flaky': (_req, res, hits) =>
        hits === 1
          ? res.writeHead(500).end()
          : file(corpusFile('html', 1), 'text/html')(_req, res, hits),
      ...Object.fromEntries(
        Array.from({ length: 60 }, (_, n) => [
          `/calendar?day=${n + 1}`,
          html(calendarLinks(n + 1)),
        ]),
      ),
    });
    try {
      const result = await crawlSite(flaky.base, deps, budget);
      expect(result.found.map((f) => new URL(f.url).pathname)).toEqual(['/flaky']);
      expect(flaky.hits.get('/flaky')).toBe(2);
      const detail = (p: string) =>
        result.visited.find((v) => new URL(v.url).pathname === p)?.detail ?? '';
      expect(detail('/loop')).toMatch(/redirects/);
      expect(detail('/big.pdf')).toMatch(/exceeded/);
      expect(result.visited.length).toBeLessThanOrEqual(budget.maxPages);
      expect(result.visited.some((v) => v.url.includes('169.254'))).toBe(false);
    } finally {
      await flaky.close();
    }
  }, 60_000);

  it('should mark current the assessment whose period ends latest, whatever the wording of its period', async () => {
    const s = await site({
      '/': html('<a href="/a.html">Self-assessment</a> <a href="/b.html">Self-assessment</a>'),
      '/a.html': html('<p>a</p>'),
      '/b.html': html('<p>b</p>'),
    });
    const calendarYear = {
      period: 'January 2024 to December 2024',
      periodEnd: '2024-12-31',
      year: 2024,
    };
    const financialYear = { period: '2024/25', periodEnd: '2025-03-31', year: 2025 };
    const currentWhen = async (stated: Record<string, typeof financialYear>) => {
      const result = await crawlSite(
        s.base,
        {
          ...deps,
          classify: (bytes): Promise<ClassifiedDocument> => {
            const page = /<p>(a|b)<\/p>/.exec(Buffer.from(bytes).toString())?.[1];
            const period = page ? stated[page]! : { period: null, periodEnd: null, year: null };
            return Promise.resolve({ selfAssessment: Boolean(page), date: null, ...period });
          },
        },
        budget,
      );
      expect(result.found).toHaveLength(2);
      return result.found.filter((f) => f.current).map((f) => new URL(f.url).pathname);
    };
    try {
      // Both ways round, so the order the pages are found in cannot decide.
      expect(await currentWhen({ a: calendarYear, b: financialYear })).toEqual(['/b.html']);
      expect(await currentWhen({ a: financialYear, b: calendarYear })).toEqual(['/a.html']);
    } finally {
      await s.close();
    }
  }, 60_000);

  it('should ask with the ETag it holds and not download an unchanged document again', async () => {
    const s = await site({
      '/': html('<a href="/sa.html">Self-assessment</a>'),
      '/sa.html': file(corpusFile('html', 2), 'text/html', '"v7"'),
    });
    try {
      const first = await crawlSite(s.base, deps, budget);
      const url = first.found[0]!.url;
      held.set(url, { etag: first.found[0]!.document!.etag, lastModified: null });
      const again = await crawlSite(s.base, deps, budget);
      expect(again.found).toEqual([
        {
          url,
          period: null,
          periodEnd: null,
          year: null,
          date: null,
          document: null,
          current: true,
        },
      ]);
      expect(again.visited.find((v) => v.url === url)?.outcome).toBe('not_modified');
    } finally {
      held.clear();
      await s.close();
    }
  }, 60_000);
});
