import { findHeaderRow } from './find-header';
import { FINDINGS_HEADER, readFindings } from './findings-reader';
import {
  landlordTableHeader,
  readLandlordTables,
  type LandlordTableRow,
} from './landlord-table-reader';
import type { OutcomeEvent } from './outcome-event';
import { OutcomeFileError, OutcomeFileErrorCode, type RowProblem } from './outcomes.errors';
import type { SheetTable } from './sheet-table';

/** An Ombudsman file as read: case-level findings, landlord-level rows, or both. */
export interface OmbudsmanFile {
  events: OutcomeEvent[];
  tableRows: LandlordTableRow[];
  problems: RowProblem[];
  /** Which layouts the file has, so a newer file replaces only what it gives again. */
  hasCases: boolean;
  hasLandlordTable: boolean;
}

/**
 * An Ombudsman file of either layout, each sheet known by its header's words (never the
 * file's name): case-level findings (a finding outcome and a decision date per row) or
 * the landlord-level table (one row per landlord and year with outcome columns).
 */
export function readOmbudsman(
  tables: readonly SheetTable[],
  source: string,
  year: number | null,
): OmbudsmanFile {
  const cases = tables.filter((t) => findHeaderRow(t, FINDINGS_HEADER));
  const landlordTables = tables.filter((t) => !cases.includes(t) && landlordTableHeader(t));
  if (cases.length === 0 && landlordTables.length === 0) {
    throw new OutcomeFileError(
      OutcomeFileErrorCode.NoHeader,
      `${source}: no sheet has a header of findings ("Landlord name", "Finding outcome", "Decision date") or of a landlord-level table ("Landlord name" and outcome columns such as "Maladministration")`,
    );
  }
  const findings = cases.length > 0 ? readFindings(cases, source) : { events: [], problems: [] };
  const table = readLandlordTables(landlordTables, source, year);
  return {
    events: findings.events,
    tableRows: table.rows,
    problems: [...findings.problems, ...table.problems],
    hasCases: cases.length > 0,
    hasLandlordTable: landlordTables.length > 0,
  };
}
