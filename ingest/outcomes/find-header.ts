import { headerWords } from './header-text';
import type { SheetTable } from './sheet-table';

/** Headers look for their labels this far down: notes and titles sit above them. */
const SEARCH_ROWS = 40;

export interface HeaderRow {
  /** Index into `table.rows` of the header row. */
  index: number;
  /** Each header cell's words, by column. */
  labels: string[];
}

/**
 * The first row (within the first 40) that has every one of `required` labels, compared
 * as words (case, footnote marks and odd spaces ignored); each label may give several
 * wordings. Null when no row has them all.
 */
export function findHeaderRow(
  table: SheetTable,
  required: readonly (readonly string[])[],
): HeaderRow | null {
  return findHeaderRowWhere(table, (labels) =>
    required.every((wordings) => columnOf(labels, wordings) >= 0),
  );
}

/** The first row (within the first 40) whose labels, as words, pass `test`; null when none does. */
export function findHeaderRowWhere(
  table: SheetTable,
  test: (labels: string[]) => boolean,
): HeaderRow | null {
  const limit = Math.min(table.rows.length, SEARCH_ROWS);
  for (let index = 0; index < limit; index++) {
    const labels = table.rows[index]!.cells.map((c) => headerWords(c.text));
    if (test(labels)) {
      return { index, labels };
    }
  }
  return null;
}

/** The column whose label is one of the wordings (or starts with one), or -1. */
export function columnOf(labels: readonly string[], wordings: readonly string[]): number {
  const exact = labels.findIndex((l) => wordings.includes(l));
  return exact >= 0 ? exact : labels.findIndex((l) => wordings.some((w) => l.startsWith(w)));
}
