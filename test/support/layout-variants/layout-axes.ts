/** The ways a self-assessment is laid out, one axis at a time (issue 11, item 7). */

/** How the document is made: a web page, a web page printed by Chromium, Word, Word exported by LibreOffice. */
export const RENDERERS = ['html', 'chromium-pdf', 'docx', 'libreoffice-pdf'] as const;
export type Renderer = (typeof RENDERERS)[number];

export const STRUCTURES = [
  'table',
  'paragraphs',
  'headings',
  'definition-list',
  'accordion',
] as const;
export type Structure = (typeof STRUCTURES)[number];

export const BORDERS = [
  'grid',
  'none',
  'horizontal-rules',
  'outer',
  'header-underline',
  'zebra',
] as const;
export type Borders = (typeof BORDERS)[number];

export const VERTICAL_ALIGNS = ['top', 'middle', 'bottom'] as const;
export type VerticalAlign = (typeof VERTICAL_ALIGNS)[number];

/** What a table cell can hold; `id-requirement` is the number and requirement in one cell. */
export type ColumnRole =
  | 'id'
  | 'id-requirement'
  | 'section'
  | 'requirement'
  | 'answer'
  | 'rag'
  | 'evidence'
  | 'commentary'
  | 'text';

export const COLUMN_SETS = {
  'answer-after-requirement': ['id', 'requirement', 'answer', 'evidence', 'commentary'],
  'answer-last': ['id', 'requirement', 'evidence', 'commentary', 'answer'],
  'answer-first': ['id', 'answer', 'requirement', 'evidence', 'commentary'],
  'no-requirement': ['id', 'answer', 'evidence', 'commentary'],
  'merged-text': ['id', 'requirement', 'answer', 'text'],
  rag: ['id', 'requirement', 'answer', 'rag', 'evidence', 'commentary'],
  'section-column': ['section', 'id', 'requirement', 'answer', 'evidence', 'commentary'],
  'id-in-requirement': ['id-requirement', 'answer', 'evidence', 'commentary'],
} as const satisfies Record<string, readonly ColumnRole[]>;
export type ColumnSet = keyof typeof COLUMN_SETS;

/** `own-cell`: the answer has a cell or label of its own; `opens-text`: "Yes. We …". */
export const ANSWER_STYLES = ['own-cell', 'opens-text'] as const;
export type AnswerStyle = (typeof ANSWER_STYLES)[number];

/** The words an answer cell uses: "Yes" / "No" or "Compliant" / "Not compliant". */
export const ANSWER_WORDS = ['yes-no', 'compliant'] as const;
export type AnswerWords = (typeof ANSWER_WORDS)[number];

export const FONTS = ['serif', 'sans'] as const;
export type Font = (typeof FONTS)[number];

export const ORIENTATIONS = ['portrait', 'landscape'] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

/** Header repeated on each page or printed once; rows free to break across pages or kept whole. */
export const PAGE_BREAKS = ['repeat-header', 'header-once', 'rows-whole'] as const;
export type PageBreaks = (typeof PAGE_BREAKS)[number];

/** One table per Code section under a heading, section rows inside one table, or one plain table. */
export const SECTIONINGS = ['table-per-section', 'section-rows', 'one-table'] as const;
export type Sectioning = (typeof SECTIONINGS)[number];

/** One document's layout: every axis set. */
export interface Layout {
  structure: Structure;
  borders: Borders;
  verticalAlign: VerticalAlign;
  columns: ColumnSet;
  answerStyle: AnswerStyle;
  answerWords: AnswerWords;
  /** Index into WORDINGS. */
  wording: number;
  font: Font;
  fontSizePt: number;
  orientation: Orientation;
  pageBreaks: PageBreaks;
  sectioning: Sectioning;
  /** Non-table layouts: whether each provision's requirement is printed. */
  withRequirement: boolean;
}

/** The roles a layout's table has, the answer column dropped when answers open the text. */
export function columnRoles(layout: Layout): ColumnRole[] {
  const roles: ColumnRole[] = [...COLUMN_SETS[layout.columns]];
  return layout.answerStyle === 'opens-text' ? roles.filter((r) => r !== 'answer') : roles;
}
