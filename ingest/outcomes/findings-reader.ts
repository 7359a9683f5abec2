import { cellDate } from './cell-date';
import { financialYearOf } from './financial-year';
import { columnOf } from './find-header';
import { landlordNameKey } from './landlord-name';
import { LANDLORD_NAME, type OutcomeEvent } from './outcome-event';
import { findingOutcome } from './ombudsman-outcome';
import type { RowProblem } from './outcomes.errors';
import { rowsUnderHeader } from './rows-under-header';
import type { SheetTable } from './sheet-table';

const OUTCOME = ['finding outcome', 'outcome', 'finding'];
const DECIDED = ['decision date', 'date of decision', 'determination date'];

/** The labels of a case-level findings header. */
export const FINDINGS_HEADER = [LANDLORD_NAME, OUTCOME, DECIDED];

/**
 * The Ombudsman's findings (Case ID, Landlord Name, Landlord Type, Decision Date,
 * Category, Finding Outcome), each in the financial year of its decision, with each row
 * that cannot be read and why.
 */
export function readFindings(
  tables: readonly SheetTable[],
  source: string,
): { events: OutcomeEvent[]; problems: RowProblem[] } {
  const events: OutcomeEvent[] = [];
  const problems: RowProblem[] = [];
  for (const r of rowsUnderHeader(tables, FINDINGS_HEADER, source)) {
    const col = (wordings: string[]) => columnOf(r.labels, wordings);
    const name = r.text(col(LANDLORD_NAME));
    const outcome = findingOutcome(r.text(col(OUTCOME)));
    const decidedOn = cellDate(r.cell(col(DECIDED)));
    const reason = !name
      ? 'no landlord name'
      : !outcome
        ? `finding "${r.text(col(OUTCOME))}" is not an outcome the Ombudsman publishes`
        : !decidedOn
          ? `decision date "${r.text(col(DECIDED))}" is not a date`
          : null;
    if (reason) {
      problems.push({ sheet: r.sheet, row: r.row, reason });
      continue;
    }
    events.push({
      sheet: r.sheet,
      row: r.row,
      year: financialYearOf(new Date(decidedOn!)),
      quarter: null,
      landlordName: name,
      landlordNameKey: landlordNameKey(name),
      landlordType: r.text(col(['landlord type'])) || null,
      caseId: r.text(col(['case id', 'case reference', 'case number'])) || null,
      decidedOn,
      category: r.text(col(['category'])) || null,
      outcome,
    });
  }
  return { events, problems };
}
