import * as cheerio from 'cheerio';
import type { Link } from './link-score';
import { normaliseUrl } from './normalise-url';

/** The links of an HTML page, with their text and the text around them, resolved and normalised. */
export function pageLinks(html: string, pageUrl: string): Link[] {
  const $ = cheerio.load(html);
  const base = $('base[href]').attr('href') ?? pageUrl;
  const links = new Map<string, Link>();
  $('a[href]').each((_, a) => {
    const url = normaliseUrl($(a).attr('href') ?? '', base);
    if (!url) {
      return;
    }
    const text = $(a).text().replace(/\s+/g, ' ').trim() || ($(a).attr('title') ?? '');
    const context = $(a)
      .closest('li, p, td, tr, nav, footer, section')
      .first()
      .text()
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 200);
    const existing = links.get(url);
    links.set(
      url,
      existing
        ? { url, text: `${existing.text} ${text}`.trim(), context: existing.context || context }
        : { url, text, context },
    );
  });
  return [...links.values()];
}

/** The page URLs a sitemap (or sitemap index) lists. */
export function sitemapUrls(xml: string): { pages: string[]; sitemaps: string[] } {
  const $ = cheerio.load(xml, { xml: true });
  const locs = (selector: string) =>
    $(selector)
      .map((_, el) => normaliseUrl($(el).text()))
      .get()
      .filter((u): u is string => Boolean(u));
  return { pages: locs('urlset > url > loc'), sitemaps: locs('sitemapindex > sitemap > loc') };
}
