import type { Layout, Renderer } from './layout-axes';

/** [renderer, label, the axes the variant is made for, whose assessment it lays out]. */
export type VariantFocus = [Renderer, string, Partial<Layout>, 'synthetic' | 'gold'];

const own = { answerStyle: 'own-cell' } as const;
const opens = { answerStyle: 'opens-text' } as const;

/**
 * The catalogue's variants: each axis value through the renderers that can express it
 * (definition lists and accordions are web-only; Word has no accordion). Append only, so
 * existing names and layouts stay as they are.
 */
export const VARIANT_FOCUS: readonly VariantFocus[] = [
  ['chromium-pdf', 'grid', { borders: 'grid' }, 'synthetic'],
  ['chromium-pdf', 'borderless-top', { borders: 'none', verticalAlign: 'top' }, 'synthetic'],
  ['chromium-pdf', 'borderless-middle', { borders: 'none', verticalAlign: 'middle' }, 'synthetic'],
  ['chromium-pdf', 'borderless-bottom', { borders: 'none', verticalAlign: 'bottom' }, 'synthetic'],
  [
    'chromium-pdf',
    'rules-landscape',
    { borders: 'horizontal-rules', orientation: 'landscape' },
    'synthetic',
  ],
  [
    'chromium-pdf',
    'rules-middle',
    { borders: 'horizontal-rules', verticalAlign: 'middle' },
    'synthetic',
  ],
  ['chromium-pdf', 'outer-border', { borders: 'outer' }, 'synthetic'],
  ['chromium-pdf', 'header-underline', { borders: 'header-underline' }, 'synthetic'],
  ['chromium-pdf', 'zebra-merged', { borders: 'zebra', columns: 'merged-text' }, 'synthetic'],
  ['chromium-pdf', 'zebra-middle', { borders: 'zebra', verticalAlign: 'middle' }, 'synthetic'],
  ['chromium-pdf', 'answer-last', { columns: 'answer-last', ...own }, 'synthetic'],
  ['chromium-pdf', 'answer-column-first', { columns: 'answer-first', ...own }, 'synthetic'],
  ['chromium-pdf', 'no-requirement', { columns: 'no-requirement', ...own }, 'synthetic'],
  ['chromium-pdf', 'rag-column', { columns: 'rag', ...own }, 'synthetic'],
  ['chromium-pdf', 'section-column', { columns: 'section-column', ...own }, 'synthetic'],
  ['chromium-pdf', 'id-in-requirement', { columns: 'id-in-requirement' }, 'synthetic'],
  ['chromium-pdf', 'answer-opens-evidence', { ...opens }, 'synthetic'],
  ['chromium-pdf', 'answer-opens-merged', { ...opens, columns: 'merged-text' }, 'synthetic'],
  ['chromium-pdf', 'header-once', { pageBreaks: 'header-once' }, 'synthetic'],
  ['chromium-pdf', 'rows-whole', { pageBreaks: 'rows-whole' }, 'synthetic'],
  [
    'chromium-pdf',
    'serif-8pt-landscape',
    { font: 'serif', fontSizePt: 8, orientation: 'landscape' },
    'synthetic',
  ],
  ['chromium-pdf', 'sans-12pt', { font: 'sans', fontSizePt: 12 }, 'synthetic'],
  ['chromium-pdf', 'paragraphs', { structure: 'paragraphs' }, 'synthetic'],
  ['chromium-pdf', 'headings', { structure: 'headings' }, 'synthetic'],
  ['chromium-pdf', 'definition-list', { structure: 'definition-list' }, 'synthetic'],
  ['html', 'grid', { borders: 'grid' }, 'synthetic'],
  ['html', 'answer-last', { columns: 'answer-last', ...own }, 'synthetic'],
  ['html', 'no-requirement', { columns: 'no-requirement', ...own }, 'synthetic'],
  ['html', 'merged-text', { columns: 'merged-text' }, 'synthetic'],
  ['html', 'answer-opens-evidence', { ...opens }, 'synthetic'],
  ['html', 'rag-column', { columns: 'rag', ...own }, 'synthetic'],
  ['html', 'paragraphs', { structure: 'paragraphs' }, 'synthetic'],
  ['html', 'headings', { structure: 'headings' }, 'synthetic'],
  ['html', 'definition-list', { structure: 'definition-list' }, 'synthetic'],
  ['html', 'accordion', { structure: 'accordion' }, 'synthetic'],
  ['html', 'accordion-answer-opens', { structure: 'accordion', ...opens }, 'synthetic'],
  ['html', 'section-rows', { sectioning: 'section-rows' }, 'synthetic'],
  ['docx', 'grid', { borders: 'grid' }, 'synthetic'],
  ['docx', 'borderless-middle', { borders: 'none', verticalAlign: 'middle' }, 'synthetic'],
  ['docx', 'answer-last', { columns: 'answer-last', ...own }, 'synthetic'],
  ['docx', 'merged-answer-opens', { columns: 'merged-text', ...opens }, 'synthetic'],
  ['docx', 'id-in-requirement', { columns: 'id-in-requirement' }, 'synthetic'],
  ['docx', 'headings', { structure: 'headings' }, 'synthetic'],
  ['docx', 'paragraphs', { structure: 'paragraphs' }, 'synthetic'],
  ['libreoffice-pdf', 'grid', { borders: 'grid' }, 'synthetic'],
  [
    'libreoffice-pdf',
    'borderless-middle',
    { borders: 'none', verticalAlign: 'middle' },
    'synthetic',
  ],
  [
    'libreoffice-pdf',
    'rules-landscape',
    { borders: 'horizontal-rules', orientation: 'landscape' },
    'synthetic',
  ],
  ['libreoffice-pdf', 'zebra-merged', { borders: 'zebra', columns: 'merged-text' }, 'synthetic'],
  [
    'libreoffice-pdf',
    'header-underline-bottom',
    { borders: 'header-underline', verticalAlign: 'bottom' },
    'synthetic',
  ],
  ['libreoffice-pdf', 'answer-opens-evidence', { ...opens }, 'synthetic'],
  ['libreoffice-pdf', 'header-once', { pageBreaks: 'header-once' }, 'synthetic'],
  ['libreoffice-pdf', 'headings', { structure: 'headings' }, 'synthetic'],
  ['libreoffice-pdf', 'paragraphs', { structure: 'paragraphs' }, 'synthetic'],
  ['chromium-pdf', 'borderless-middle', { borders: 'none', verticalAlign: 'middle' }, 'gold'],
  [
    'chromium-pdf',
    'rules-landscape',
    { borders: 'horizontal-rules', orientation: 'landscape' },
    'gold',
  ],
  ['chromium-pdf', 'zebra-merged', { borders: 'zebra', columns: 'merged-text' }, 'gold'],
  ['chromium-pdf', 'answer-opens-evidence', { ...opens }, 'gold'],
  ['html', 'definition-list', { structure: 'definition-list' }, 'gold'],
  ['docx', 'headings', { structure: 'headings' }, 'gold'],
  ['libreoffice-pdf', 'borderless-middle', { borders: 'none', verticalAlign: 'middle' }, 'gold'],
  ['libreoffice-pdf', 'answer-last', { columns: 'answer-last', ...own }, 'gold'],
];
