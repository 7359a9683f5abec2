import type { Cell } from './sheet-table';

/** A date cell as YYYY-MM-DD: a spreadsheet date, ISO text, or day/month/year as in the UK. */
export function cellDate(cell: Cell | undefined): string | null {
  if (!cell) {
    return null;
  }
  if (cell.date) {
    return cell.date.toISOString().slice(0, 10);
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(cell.text);
  if (iso) {
    return `${iso[1]}-${iso[2]}-${iso[3]}`;
  }
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(cell.text);
  return uk ? `${uk[3]}-${uk[2]!.padStart(2, '0')}-${uk[1]!.padStart(2, '0')}` : null;
}
