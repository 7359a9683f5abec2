import type { Layout } from './layout-axes';
import { documentTitle, introduction } from './layout-parts';
import type { LayoutContent } from './layout-content';
import { blockBody } from './html-blocks';
import { escapeHtml, tableBody } from './html-table';
import { pageCss } from './html-styles';
import type { PrintedRow } from './printed-rows';

/** Markup a page adds around the assessment: a letterhead before it, a sign-off page after. */
export interface PageExtras {
  before?: string;
  after?: string;
}

/** A self-assessment web page as a landlord's web team would publish it. */
export function writeHtml(
  content: LayoutContent,
  layout: Layout,
  rows: PrintedRow[],
  extras: PageExtras = {},
): string {
  const title = escapeHtml(documentTitle(content));
  const body = layout.structure === 'table' ? tableBody(layout, rows) : blockBody(layout, rows);
  return [
    '<!doctype html>',
    '<html lang="en-GB"><head><meta charset="utf-8">',
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>`,
    `<style>\n${pageCss(layout)}\n</style></head>`,
    `<body>${extras.before ?? ''}<main><h1>${title}</h1><p>${escapeHtml(introduction(content))}</p>`,
    body,
    `</main>${extras.after ?? ''}</body></html>`,
  ].join('\n');
}
