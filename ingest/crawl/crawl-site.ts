import robotsParser from 'robots-parser';
import { compareLatestFirst } from '@ingest/core';
import { scoreLink } from './link-score';
import { normaliseUrl, sameSite } from './normalise-url';
import { pageLinks, sitemapUrls } from './page-links';
import { FetchError, type FetchedDocument, type HeldVersion } from './safe-fetch';

/** What a document's content says: whether it is a self-assessment, and its period. */
export interface ClassifiedDocument {
  selfAssessment: boolean;
  period: string | null;
  /** Last day of the period (YYYY-MM-DD). */
  periodEnd: string | null;
  /** The assessment year (the calendar year in which the period ends). */
  year: number | null;
  /** Completion date (YYYY-MM-DD). */
  date: string | null;
}

/** What the crawler needs from outside: fetching, judging documents, waiting. */
export interface CrawlDeps {
  fetch(url: string, held?: HeldVersion): Promise<FetchedDocument>;
  /** Whether bytes are a self-assessment, judged by their content, and what period they cover. */
  classify(bytes: Uint8Array, url: string): Promise<ClassifiedDocument>;
  sleep(ms: number): Promise<void>;
  /** Documents already held, for conditional requests (re-crawl). */
  held(url: string): HeldVersion | undefined;
}

export interface CrawlBudget {
  maxPages: number;
  maxDepth: number;
  /** Wait between two requests to the site, unless robots.txt asks for more. */
  delayMs: number;
  /** Attempts for a page that answers 429, 5xx or fails on the network. */
  attempts: number;
  userAgent: string;
}

export const DEFAULT_BUDGET: CrawlBudget = {
  maxPages: 60,
  maxDepth: 3,
  delayMs: 1_000,
  attempts: 3,
  userAgent: 'chc-bench',
};

export interface FoundAssessment {
  url: string;
  period: string | null;
  periodEnd: string | null;
  year: number | null;
  date: string | null;
  /** Null when the server said it had not changed (304): the stored copy stands. */
  document: FetchedDocument | null;
  current: boolean;
}

export interface Visit {
  url: string;
  depth: number;
  outcome:
    'page' | 'assessment' | 'other_document' | 'not_modified' | 'robots_disallowed' | 'error';
  detail?: string;
}

export type StopReason =
  'found' | 'not_found_within_budget' | 'not_found' | 'blocked_by_robots' | 'site_error';

export interface CrawlResult {
  found: FoundAssessment[];
  visited: Visit[];
  stopReason: StopReason;
}

interface QueuedUrl {
  url: string;
  depth: number;
  score: number;
}

const HTML = /html|xml/i;

/**
 * Finds a landlord's self-assessments on its website: robots.txt honoured, then the home
 * page and sitemaps, then same-site links best first (by link text, URL words and the
 * text around them) within a page and depth budget, one request at a time with a delay.
 * A document counts when its content is a self-assessment, never by its link text. The
 * newest found is marked current; why the search stopped is recorded.
 */
export async function crawlSite(
  website: string,
  deps: CrawlDeps,
  budget: CrawlBudget = DEFAULT_BUDGET,
): Promise<CrawlResult> {
  const home = normaliseUrl(website);
  if (!home) {
    return {
      found: [],
      visited: [{ url: website, depth: 0, outcome: 'error', detail: 'not an http(s) address' }],
      stopReason: 'site_error',
    };
  }
  const visited: Visit[] = [];
  const found: FoundAssessment[] = [];
  const seen = new Set<string>([home]);
  const queue: QueuedUrl[] = [{ url: home, depth: 0, score: Infinity }];
  let delay = budget.delayMs;
  let requests = 0;
  let errors = 0;

  const request = async (url: string): Promise<FetchedDocument> => {
    for (let attempt = 1; ; attempt++) {
      if (requests++ > 0) {
        await deps.sleep(delay);
      }
      try {
        return await deps.fetch(url, deps.held(url));
      } catch (error) {
        if (!(error instanceof FetchError) || !error.retryable || attempt >= budget.attempts) {
          throw error;
        }
        await deps.sleep(delay * 2 ** attempt);
      }
    }
  };
  const enqueue = (url: string, depth: number, score: number) => {
    if (!seen.has(url) && sameSite(url, home) && depth <= budget.maxDepth) {
      seen.add(url);
      queue.push({ url, depth, score });
    }
  };

  let robots: ReturnType<typeof robotsParser> | null = null;
  try {
    const robotsUrl = new URL('/robots.txt', home).toString();
    const response = await request(robotsUrl);
    robots = robotsParser(robotsUrl, Buffer.from(response.bytes).toString('utf8'));
    delay = Math.max(delay, (robots.getCrawlDelay(budget.userAgent) ?? 0) * 1000);
    for (const sitemap of robots.getSitemaps()) {
      const url = normaliseUrl(sitemap);
      if (url) {
        enqueue(url, 1, 50);
      }
    }
  } catch {
    robots = null; // No robots.txt (or none readable): everything is allowed.
  }
  enqueue(normaliseUrl('/sitemap.xml', home)!, 1, 40);

  let blocked = 0;
  while (queue.length > 0 && visited.length < budget.maxPages) {
    queue.sort((a, b) => b.score - a.score || a.depth - b.depth);
    const next = queue.shift()!;
    if (robots && robots.isAllowed(next.url, budget.userAgent) === false) {
      blocked++;
      visited.push({ url: next.url, depth: next.depth, outcome: 'robots_disallowed' });
      continue;
    }
    let response: FetchedDocument;
    try {
      response = await request(next.url);
    } catch (error) {
      errors++;
      visited.push({
        url: next.url,
        depth: next.depth,
        outcome: 'error',
        detail: error instanceof Error ? error.message : String(error),
      });
      continue;
    }
    if (response.notModified) {
      visited.push({ url: next.url, depth: next.depth, outcome: 'not_modified' });
      found.push({
        url: next.url,
        period: null,
        periodEnd: null,
        year: null,
        date: null,
        document: null,
        current: false,
      });
      continue;
    }
    const text = Buffer.from(response.bytes.subarray(0, 2_000_000)).toString('utf8');
    if (/sitemap/i.test(next.url) && /<(urlset|sitemapindex)\b/i.test(text)) {
      const { pages, sitemaps } = sitemapUrls(text);
      sitemaps.forEach((u) => enqueue(u, next.depth, 50));
      pages.forEach((u) =>
        enqueue(u, next.depth + 1, scoreLink({ url: u, text: '', context: '' })),
      );
      visited.push({ url: next.url, depth: next.depth, outcome: 'page', detail: 'sitemap' });
      continue;
    }
    const verdict = await deps.classify(response.bytes, response.url);
    if (verdict.selfAssessment) {
      found.push({
        url: response.url,
        period: verdict.period,
        periodEnd: verdict.periodEnd,
        year: verdict.year,
        date: verdict.date,
        document: response,
        current: false,
      });
      visited.push({ url: next.url, depth: next.depth, outcome: 'assessment' });
    } else {
      visited.push({
        url: next.url,
        depth: next.depth,
        outcome: HTML.test(response.contentType ?? '') ? 'page' : 'other_document',
      });
    }
    if (HTML.test(response.contentType ?? '') || /^\s*</.test(text)) {
      for (const link of pageLinks(text, response.url)) {
        enqueue(link.url, next.depth + 1, scoreLink(link));
      }
    }
  }

  const newestFirst = [...found].sort((a, b) =>
    compareLatestFirst({ ...a, completedOn: a.date }, { ...b, completedOn: b.date }),
  );
  if (newestFirst[0]) {
    newestFirst[0].current = true;
  }
  const stopReason: StopReason =
    found.length > 0
      ? 'found'
      : blocked > 0 && blocked >= visited.length - errors
        ? 'blocked_by_robots'
        : errors > 0 && errors === visited.length
          ? 'site_error'
          : queue.length > 0
            ? 'not_found_within_budget'
            : 'not_found';
  return { found: newestFirst, visited, stopReason };
}
