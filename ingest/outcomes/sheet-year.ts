import { financialYearIn } from './financial-year';
import { OutcomeFileError, OutcomeFileErrorCode } from './outcomes.errors';
import type { SheetTable } from './sheet-table';

/** The year a sheet is about, from the rows above its header (its title) or its name. */
export function sheetYear(table: SheetTable, headerIndex: number): number | null {
  const above = table.rows.slice(0, headerIndex).flatMap((r) => r.cells.map((c) => c.text));
  for (const text of [...above, table.name]) {
    const year = financialYearIn(text);
    if (year !== null) {
      return year;
    }
  }
  return null;
}

/**
 * A row's year: from the table's year column when it has one (a string saying why when the
 * cell cannot be read), else the sheet's. A table that says neither cannot be read at all.
 */
export function yearOfRow(
  yearCell: string | null,
  sheetYear: number | null,
  source: string,
  sheet: string,
): number | string {
  if (yearCell === null) {
    if (sheetYear === null) {
      throw new OutcomeFileError(
        OutcomeFileErrorCode.NoYear,
        `${source}: sheet "${sheet}" does not say which year it covers: give --year`,
      );
    }
    return sheetYear;
  }
  return financialYearIn(yearCell) ?? `year "${yearCell}" is not like 2023/24`;
}
