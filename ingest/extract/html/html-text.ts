import type { AnyNode, Element } from 'domhandler' with { 'resolution-mode': 'import' };
import * as cheerio from 'cheerio';

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'tr',
  'table',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'section',
  'article',
  'dd',
  'dt',
  'pre',
  'header',
  'footer',
]);
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg']);

/** The node's kind as a plain string (domhandler types it as an enum we cannot import here). */
export function nodeKind(node: AnyNode): string {
  return node.type;
}

export interface NodeText {
  text: string;
  /** State of the first tick box inside, if any. */
  checked: boolean | null;
}

/** Folds runs of spaces and trims every line; drops empty lines. */
export function foldWhitespace(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0\u200b]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

/**
 * The readable text of some nodes: block elements on their own lines, list items as
 * "• " bullets, markup and scripts gone, entities decoded, tick boxes noted.
 */
export function nodesText(nodes: AnyNode[]): NodeText {
  const out: string[] = [];
  let checked: boolean | null = null;
  const visit = (node: AnyNode): void => {
    if (nodeKind(node) === 'text') {
      out.push((node as unknown as { data: string }).data.replace(/\s+/g, ' '));
      return;
    }
    if (nodeKind(node) !== 'tag' && nodeKind(node) !== 'root') {
      return;
    }
    const element = node as Element;
    const tag = element.name?.toLowerCase();
    if (tag && SKIPPED_TAGS.has(tag)) {
      return;
    }
    if (tag === 'br') {
      out.push('\n');
      return;
    }
    if (tag === 'input' && (element.attribs.type ?? '').toLowerCase() === 'checkbox') {
      checked ??= 'checked' in element.attribs;
      out.push(checked ? ' ☒ ' : ' ☐ ');
      return;
    }
    const block = tag !== undefined && BLOCK_TAGS.has(tag);
    if (block) {
      out.push('\n');
    }
    if (tag === 'li') {
      out.push('• ');
    }
    if (tag === 'td' || tag === 'th') {
      out.push(' ');
    }
    for (const child of element.children ?? []) {
      visit(child);
    }
    if (block) {
      out.push('\n');
    }
  };
  for (const node of nodes) {
    visit(node);
  }
  return { text: foldWhitespace(out.join('')), checked };
}

const MARKUP = /<\/?[a-z][a-z0-9]*(\s[^<>]*)?\/?>|&(#\d+|#x[0-9a-f]+|[a-z]+);/i;

/** Text of a cell that may hold HTML fragments (as text exported from Word often does). */
export function markupFragmentText(fragment: string): NodeText {
  if (!MARKUP.test(fragment)) {
    return { text: foldWhitespace(fragment), checked: null };
  }
  const $ = cheerio.load(fragment, null, false);
  return nodesText($.root().toArray());
}
