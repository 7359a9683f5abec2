import type { Borders, Layout } from './layout-axes';

export const FONT_STACKS = {
  serif: '"Liberation Serif", "DejaVu Serif", "Times New Roman", serif',
  sans: '"Liberation Sans", "DejaVu Sans", Arial, sans-serif',
} as const;

/** The CSS a web team would write for each border style. */
const BORDER_CSS: Record<Borders, string> = {
  grid: 'th, td { border: 0.75pt solid #444; } th { background: #d9e2f3; }',
  none: '',
  'horizontal-rules':
    'th { background: #1f4e79; color: #fff; } td { border-bottom: 0.75pt solid #8ea9c1; }',
  outer: 'table { border: 1pt solid #333; } th { background: #f2f2f2; }',
  'header-underline': 'th { border-bottom: 1.5pt solid #000; }',
  zebra: 'th { background: #dfe6ee; } tbody tr:nth-child(even) td { background: #eef3f8; }',
};

const VERTICAL: Record<Layout['verticalAlign'], string> = {
  top: 'top',
  middle: 'middle',
  bottom: 'bottom',
};

/** A page's stylesheet: print size and orientation, font, table borders, alignment, breaks. */
export function pageCss(layout: Layout): string {
  return [
    `@page { size: A4 ${layout.orientation}; margin: 14mm 12mm; }`,
    `body { font-family: ${FONT_STACKS[layout.font]}; font-size: ${layout.fontSizePt}pt; line-height: 1.3; color: #1a1a1a; }`,
    'h1 { font-size: 1.7em; margin: 0 0 0.5em; } h2 { font-size: 1.3em; margin: 1.2em 0 0.4em; }',
    'h3 { font-size: 1.1em; margin: 1em 0 0.3em; } p { margin: 0 0 0.4em; }',
    'table { width: 100%; border-collapse: collapse; margin: 0 0 12pt; }',
    `th, td { padding: 4pt 5pt; text-align: left; vertical-align: ${VERTICAL[layout.verticalAlign]}; }`,
    'th { font-weight: bold; } td p { margin: 0 0 4pt; } td p:last-child { margin-bottom: 0; }',
    'tr.section td { font-weight: bold; padding-top: 8pt; }',
    'td.rag-green { background: #92d050; } td.rag-amber { background: #ffc000; } td.rag-red { background: #ff5b5b; }',
    'dt { font-weight: bold; margin-top: 0.4em; } dd { margin: 0 0 0.3em 1.5em; }',
    'details, .govuk-accordion__section { border-bottom: 1px solid #b1b4b6; padding: 0.4em 0; }',
    'summary, .govuk-accordion__section-button { font-weight: bold; }',
    BORDER_CSS[layout.borders],
    layout.pageBreaks === 'rows-whole' ? 'tr { break-inside: avoid; }' : '',
  ]
    .filter(Boolean)
    .join('\n');
}
