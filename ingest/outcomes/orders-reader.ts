import { cellDate } from './cell-date';
import { financialYearIn, financialYearOf } from './financial-year';
import { columnOf } from './find-header';
import { landlordNameKey } from './landlord-name';
import { LANDLORD_NAME, type OutcomeEvent } from './outcome-event';
import type { RowProblem } from './outcomes.errors';
import { rowsUnderHeader } from './rows-under-header';
import type { SheetTable } from './sheet-table';

const QUARTER = ['quarter', 'period'];
const ISSUED = ['date issued', 'issue date', 'date of order', 'date'];

/** Year and quarter from "Q2 2024/25", "2024-25 Quarter 2", or from the date of issue. */
function whenIssued(quarterText: string, issuedOn: string | null): [number, number] | null {
  const year = financialYearIn(quarterText);
  const quarter = /\b(?:q|quarter)\s*([1-4])\b/i.exec(quarterText);
  if (year !== null && quarter) {
    return [year, Number(quarter[1])];
  }
  if (!issuedOn) {
    return null;
  }
  const date = new Date(issuedOn);
  return [financialYearOf(date), Math.floor(((date.getUTCMonth() + 9) % 12) / 3) + 1];
}

/**
 * Complaint Handling Failure Orders by landlord and quarter (a quarter column such as
 * "Q2 2024/25", or a date of issue), with each row that cannot be read and why.
 */
export function readOrders(
  tables: readonly SheetTable[],
  source: string,
): { events: OutcomeEvent[]; problems: RowProblem[] } {
  const events: OutcomeEvent[] = [];
  const problems: RowProblem[] = [];
  for (const r of rowsUnderHeader(tables, [LANDLORD_NAME, [...QUARTER, ...ISSUED]], source)) {
    const col = (wordings: string[]) => columnOf(r.labels, wordings);
    const name = r.text(col(LANDLORD_NAME));
    const issuedOn = cellDate(r.cell(col(ISSUED)));
    const when = whenIssued(r.text(col(QUARTER)), issuedOn);
    if (!name || !when) {
      problems.push({
        sheet: r.sheet,
        row: r.row,
        reason: name ? 'no quarter (like "Q2 2024/25") and no date of issue' : 'no landlord name',
      });
      continue;
    }
    events.push({
      sheet: r.sheet,
      row: r.row,
      year: when[0],
      quarter: when[1],
      landlordName: name,
      landlordNameKey: landlordNameKey(name),
      landlordType: r.text(col(['landlord type'])) || null,
      caseId: r.text(col(['case id', 'case reference', 'order reference'])) || null,
      decidedOn: issuedOn,
      category: null,
      outcome: null,
    });
  }
  return { events, problems };
}
