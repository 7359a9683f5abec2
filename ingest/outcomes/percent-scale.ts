import type { Cell } from './sheet-table';

/** A plain number: not shown as a percentage by the workbook, and not written with "%". */
const plainNumber = (cell: Cell | undefined): cell is Cell & { number: number } =>
  !!cell && cell.number !== null && !cell.percentFormat && !/%\s*$/.test(cell.text);

/**
 * Whether a percentage column of one table holds fractions (0.82 for 82%) rather than
 * figures on a 0–100 scale, decided for the whole column: every plain number in it lies
 * within [0, 1] and at least one lies strictly between 0 and 1. Cells the workbook formats
 * as percentages, and text such as "82%", say their own scale and are not counted.
 *
 * Limits: a 0–100 column whose every figure is at most 1 (every landlord under 1%) would
 * be read as fractions, and a fraction column holding only 0s and 1s is left as it is
 * (0% and 1%); published tables of hundreds of landlords are neither.
 */
export function fractionColumn(cells: Iterable<Cell | undefined>): boolean {
  let between = false;
  for (const cell of cells) {
    if (!plainNumber(cell)) {
      continue;
    }
    if (cell.number < 0 || cell.number > 1) {
      return false;
    }
    between ||= cell.number > 0 && cell.number < 1;
  }
  return between;
}
