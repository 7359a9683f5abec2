import { measureValue } from './cell-value';
import { columnOf, findHeaderRowWhere, type HeaderRow } from './find-header';
import { landlordNameKey } from './landlord-name';
import { landlordTableColumn, type LandlordTableColumn } from './landlord-table-column';
import { findingOutcome } from './ombudsman-outcome';
import { LANDLORD_NAME } from './outcome-event';
import type { RowProblem } from './outcomes.errors';
import { fractionColumn } from './percent-scale';
import { sheetYear, yearOfRow } from './sheet-year';
import type { SheetTable } from './sheet-table';
import { tableFigures, type ReadFigures, type TableFigures } from './table-figures';

/** One landlord's year in the Ombudsman's landlord-level table. */
export interface LandlordTableRow extends TableFigures {
  sheet: string;
  row: number;
  year: number;
  landlordName: string;
  landlordNameKey: string;
  landlordType: string | null;
}

const YEAR = ['financial year', 'reporting year', 'business year', 'year'];

/** A landlord-level header: a landlord name column and at least two outcome columns. */
export function landlordTableHeader(table: SheetTable): HeaderRow | null {
  return findHeaderRowWhere(
    table,
    (labels) =>
      columnOf(labels, LANDLORD_NAME) >= 0 && labels.filter((l) => findingOutcome(l)).length >= 2,
  );
}

/**
 * The Ombudsman's landlord-level tables (one row per landlord and year: findings or
 * determinations, counts per outcome, the maladministration rate), from each sheet whose
 * header row has a landlord name and outcome columns (found by their words on whichever
 * row it is); the year from a year column, else the sheet's title or name, else `year`.
 * A rate written as fractions (0.82) is put on the 0–100 scale; each row that cannot be
 * read is reported with why.
 */
export function readLandlordTables(
  tables: readonly SheetTable[],
  source: string,
  year: number | null,
): { rows: LandlordTableRow[]; problems: RowProblem[] } {
  const rows: LandlordTableRow[] = [];
  const problems: RowProblem[] = [];
  for (const table of tables) {
    const header = landlordTableHeader(table);
    if (!header) {
      continue;
    }
    const body = table.rows.slice(header.index + 1);
    const columns = table.rows[header.index]!.cells.flatMap((cell, index) => {
      const column = landlordTableColumn(cell.text);
      return column ? [{ index, header: cell.text, column }] : [];
    });
    const rate = columns.find((c) => c.column.kind === 'rate');
    const fractions = !!rate && fractionColumn(body.map((r) => r.cells[rate.index]));
    const col = (wordings: string[]) => columnOf(header.labels, wordings);
    const [name, type, yearColumn] = [col(LANDLORD_NAME), col(['landlord type']), col(YEAR)];
    const fallbackYear = sheetYear(table, header.index) ?? year;
    for (const { row, cells } of body) {
      const text = (i: number) => (i >= 0 ? (cells[i]?.text ?? '') : '');
      if (cells.every((c) => !c.text)) {
        continue;
      }
      const at = { sheet: table.name, row };
      const rowYear = yearOfRow(
        yearColumn >= 0 ? text(yearColumn) : null,
        fallbackYear,
        source,
        table.name,
      );
      if (typeof rowYear === 'string') {
        problems.push({ ...at, reason: rowYear });
        continue;
      }
      const read = readFigures(columns, cells, fractions);
      const reason = !text(name) ? 'no landlord name' : typeof read === 'string' ? read : null;
      if (reason || typeof read === 'string') {
        problems.push({ ...at, reason: reason! });
        continue;
      }
      const figures = tableFigures(read);
      if (figures.findings === null && figures.rate === null) {
        problems.push({ ...at, reason: 'no findings, outcome counts or rate: not a landlord row' });
        continue;
      }
      rows.push({
        ...at,
        year: rowYear,
        landlordName: text(name),
        landlordNameKey: landlordNameKey(text(name)),
        landlordType: text(type) || null,
        ...figures,
      });
    }
  }
  return { rows, problems };
}

/** The row's figures by column, or why one of them cannot be read. */
function readFigures(
  columns: readonly { index: number; header: string; column: LandlordTableColumn }[],
  cells: SheetTable['rows'][number]['cells'],
  fractions: boolean,
): ReadFigures | string {
  const read: ReadFigures = { counts: new Map(), total: null, rate: null };
  for (const { index, header, column } of columns) {
    const value = measureValue(cells[index], column.kind === 'rate', fractions);
    if (typeof value === 'string') {
      return `column ${index + 1} (${header.slice(0, 60)}): ${value}`;
    }
    if (column.kind === 'outcome') {
      read.counts.set(column.outcome, value);
    } else {
      read[column.kind] = value;
    }
  }
  return read;
}
