/**
 * The format-neutral shape every extractor produces: a stream of table rows and loose
 * text, in reading order. Parsing works on this alone, so PDF, Word, HTML and text
 * documents share one path from rows to responses.
 */
export interface Cell {
  /** Cleaned text: paragraphs and list items on their own lines, bullets as "• ". */
  text: string;
  colSpan: number;
  /** Background colour (#rrggbb) where the format records one. */
  fill: string | null;
  /** A tick box in the cell: true when ticked, false when empty, null when none. */
  checked: boolean | null;
}

export interface RowBlock {
  kind: 'row';
  cells: Cell[];
  /** Marked as a header by the format itself (th, thead, repeated header row). */
  markedHeader: boolean;
  page: number | null;
}

export interface TextBlock {
  kind: 'text';
  text: string;
  heading: boolean;
  page: number | null;
}

/** Where one table, page or paragraph run ends: rows on either side may still belong together. */
export interface BreakBlock {
  kind: 'break';
  reason: 'page' | 'table' | 'blank';
}

export type Block = RowBlock | TextBlock | BreakBlock;

export function cell(text: string, options: Partial<Omit<Cell, 'text'>> = {}): Cell {
  return {
    text,
    colSpan: options.colSpan ?? 1,
    fill: options.fill ?? null,
    checked: options.checked ?? null,
  };
}
