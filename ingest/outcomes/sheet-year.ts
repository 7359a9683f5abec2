import { financialYearIn } from './financial-year';
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
