import * as cheerio from 'cheerio';
import type { AnyNode, Text } from 'domhandler' with { 'resolution-mode': 'import' };
import sanitizeHtml from 'sanitize-html';

/** A row of a stored document: its words, and for HTML its markup as published. */
export interface SourceRow {
  text: string;
  markup: string | null;
}

/** What a response says, to find the row it was read from. */
export interface RowWords {
  provision: string;
  requirement: string;
  rawAnswer: string;
  evidence: string;
  commentary: string;
}

/** Elements that may hold one provision: a table row, else a block of a label/value layout. */
const CANDIDATES = 'tr, dl, section, article, li, div';
/** A block longer than this is a page or a section, not a row. */
const MAX_ROW_CHARACTERS = 6_000;

/** Elements whose text a reader never sees. */
const UNSHOWN = /^(script|style)$/i;

/** A text node a reader sees (not inside a script or style). */
function isShownText(node: AnyNode): boolean {
  const parent = node.parent;
  return (
    node.type === ('text' as AnyNode['type']) &&
    !(parent && 'name' in parent && UNSHOWN.test(parent.name))
  );
}

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Rows of an HTML page: table rows holding no other row, and blocks holding no table row. */
export function htmlSourceRows(html: string): SourceRow[] {
  const $ = cheerio.load(html);
  const rows: SourceRow[] = [];
  $(CANDIDATES).each((_, element) => {
    const node = $(element);
    if (node.find('tr').length > 0) {
      return;
    }
    // Each text node apart, so cells do not run together ("5.1" and "Landlords…").
    const text = words(
      node
        .find('*')
        .addBack()
        .contents()
        .filter((_, n) => isShownText(n))
        .map((_, n) => (n as Text).data)
        .get()
        .join(' '),
    );
    if (text !== '' && text.length <= MAX_ROW_CHARACTERS) {
      const markup = $.html(node);
      rows.push({ text, markup: element.tagName === 'tr' ? `<table>${markup}</table>` : markup });
    }
  });
  return rows;
}

/** Rows of a text document: its non-blank lines. */
export function textSourceRows(text: string): SourceRow[] {
  return text
    .split(/\r?\n/)
    .map(words)
    .filter((line) => line !== '')
    .map((line) => ({ text: line, markup: null }));
}

const tokens = (text: string) =>
  new Set((text.toLowerCase().match(/[a-z]{3,}|\d+(?:\.\d+)*/g) ?? []).filter(Boolean));

/** Whether the row opens with the provision's number ("5.8", not "5.80"). */
function opensWith(row: string, provision: string): boolean {
  const escaped = provision.replace(/\./g, '\\.');
  return new RegExp(`^\\W{0,3}${escaped}(?!\\d|\\.\\d)`).test(row);
}

/**
 * The row a response was most likely read from: the one sharing most of its words (a row that
 * opens with its provision number scores more), the shortest of equals; null when no row
 * shares at least a third of them and none opens with the number.
 */
export function matchingRow(rows: readonly SourceRow[], response: RowWords): SourceRow | null {
  const wanted = tokens(
    [response.requirement, response.rawAnswer, response.evidence, response.commentary].join(' '),
  );
  let best: { row: SourceRow; score: number } | null = null;
  for (const row of rows) {
    const have = tokens(row.text);
    const shared = [...wanted].filter((t) => have.has(t)).length;
    const overlap = wanted.size === 0 ? 0 : shared / wanted.size;
    const numbered = opensWith(row.text, response.provision) ? 0.5 : 0;
    const score = overlap + numbered;
    const better =
      !best ||
      score > best.score + 1e-9 ||
      (Math.abs(score - best.score) <= 1e-9 && row.text.length < best.row.text.length);
    if ((overlap >= 1 / 3 || numbered > 0) && better) {
      best = { row, score };
    }
  }
  return best?.row ?? null;
}

/**
 * A published row made safe to show on the API's own page: text formatting and table cells
 * only; no script, style, link, image, form or frame, and no attribute but cell spans, so
 * nothing in it can run or load anything.
 */
export function sanitisedRow(markup: string): string {
  return sanitizeHtml(markup, {
    allowedTags: [
      'table',
      'thead',
      'tbody',
      'tr',
      'td',
      'th',
      'p',
      'br',
      'ul',
      'ol',
      'li',
      'b',
      'strong',
      'i',
      'em',
      'u',
      'sup',
      'sub',
      'span',
      'div',
      'dl',
      'dt',
      'dd',
      'section',
      'article',
    ],
    allowedAttributes: { td: ['colspan', 'rowspan'], th: ['colspan', 'rowspan'] },
    allowedSchemes: [],
    disallowedTagsMode: 'discard',
  });
}
