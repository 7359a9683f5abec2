import { measureValue } from './cell-value';
import { columnOf, findHeaderRow } from './find-header';
import { measureColumn, tenureIn, type MeasureColumn, type Tenure } from './measure-header';
import { OutcomeFileError, OutcomeFileErrorCode, type RowProblem } from './outcomes.errors';
import { fractionColumn } from './percent-scale';
import { sheetYear, yearOfRow } from './sheet-year';
import type { Cell, SheetTable } from './sheet-table';

/** One landlord's figure for one measure and tenure in one year of the TSM data. */
export interface TsmRecord {
  sheet: string;
  row: number;
  year: number;
  landlordName: string;
  landlordCode: string | null;
  landlordType: string | null;
  sizeBand: string | null;
  tenure: Tenure;
  measure: string;
  value: number | null;
  marker: string | null;
  numerator: number | null;
  denominator: number | null;
}

type Figures = Pick<TsmRecord, 'value' | 'marker' | 'numerator' | 'denominator'>;

/** A measure column of a sheet, and whether its percentages are written as fractions. */
interface TakenColumn {
  index: number;
  header: string;
  column: MeasureColumn;
  fractions: boolean;
}

/** The measure columns of a header row, each percentage column's scale decided over `body`. */
function takenColumns(headerCells: readonly Cell[], body: SheetTable['rows']): TakenColumn[] {
  return headerCells.flatMap((cell, index) => {
    const column = measureColumn(cell.text);
    if (!column) {
      return [];
    }
    const percent = column.percent && column.part === 'value';
    const fractions = percent && fractionColumn(body.map((r) => r.cells[index]));
    return [{ index, header: cell.text, column, fractions }];
  });
}

/** Figures from one row, by measure and tenure; a cell that cannot be read goes to `bad`. */
function rowFigures(
  cells: readonly Cell[],
  columns: readonly TakenColumn[],
  sheetTenure: Tenure,
  bad: (reason: string) => void,
): Map<string, Figures & { measure: string; tenure: Tenure }> {
  const figures = new Map<string, Figures & { measure: string; tenure: Tenure }>();
  for (const { index, header, column, fractions } of columns) {
    const read = measureValue(cells[index], column.percent && column.part === 'value', fractions);
    if (typeof read === 'string') {
      bad(`column ${index + 1} (${header.slice(0, 60)}): ${read}`);
      continue;
    }
    const tenure = column.tenure ?? sheetTenure;
    const key = `${column.measure}|${tenure}`;
    const entry = figures.get(key) ?? {
      measure: column.measure,
      tenure,
      value: null,
      marker: null,
      numerator: null,
      denominator: null,
    };
    if (column.part === 'value') {
      entry.value = read.value;
      entry.marker = read.marker;
    } else {
      entry[column.part] = read.value;
      entry.marker ??= read.marker;
    }
    figures.set(key, entry);
  }
  return figures;
}

/** A figure given only as numerator and denominator, worked out (per 100 or per 1,000 homes). */
function completed(figures: Figures, measure: string): Figures {
  if (figures.value !== null || figures.numerator === null || !figures.denominator) {
    return figures;
  }
  const scale = measure.startsWith('CH01') ? 1000 : 100;
  const value = Math.round((figures.numerator / figures.denominator) * scale * 1e4) / 1e4;
  return { ...figures, value, marker: null };
}

/**
 * The complaint measures (CH01, CH02 stages 1 and 2, TP09) of every landlord in a Tenant
 * Satisfaction Measures workbook: each sheet whose header row has "Landlord name" (found
 * by its words, on whichever row it is), measure columns found by their code, tenure from
 * the header or else the sheet's name (combined when neither says), year from a year
 * column, else the sheet's title or name, else `year`. Markers are kept, with null figures.
 */
export function readTsm(
  tables: readonly SheetTable[],
  source: string,
  year: number | null,
): { records: TsmRecord[]; problems: RowProblem[] } {
  const records: TsmRecord[] = [];
  const problems: RowProblem[] = [];
  let found = false;
  for (const table of tables) {
    const header = findHeaderRow(table, [['landlord name']]);
    if (!header) {
      continue;
    }
    const body = table.rows.slice(header.index + 1);
    const columns = takenColumns(table.rows[header.index]!.cells, body);
    if (columns.length === 0) {
      continue;
    }
    found = true;
    const col = (wordings: string[]) => columnOf(header.labels, wordings);
    const [name, code, type, size, yearColumn] = [
      col(['landlord name']),
      col(['landlord code', 'registration number']),
      col(['landlord type']),
      col(['size band', 'landlord size', 'size']),
      col(['reporting year', 'financial year', 'year']),
    ];
    const fallbackYear = sheetYear(table, header.index) ?? year;
    const sheetTenure = tenureIn(table.name) ?? 'combined';
    for (const { row, cells } of body) {
      const text = (i: number) => (i >= 0 ? (cells[i]?.text ?? '') : '');
      if (!text(name)) {
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
      const figures = rowFigures(cells, columns, sheetTenure, (reason) =>
        problems.push({ ...at, reason }),
      );
      if (!text(code) && [...figures.values()].every((f) => f.value === null && !f.marker)) {
        problems.push({ ...at, reason: 'no landlord code and no figures: not a landlord row' });
        continue;
      }
      const published = [...figures.values()].filter(
        (f) => f.value !== null || f.marker || f.numerator !== null || f.denominator !== null,
      );
      for (const entry of published) {
        records.push({
          ...at,
          year: rowYear,
          landlordName: text(name),
          landlordCode: text(code).toUpperCase() || null,
          landlordType: text(type) || null,
          sizeBand: text(size) || null,
          ...entry,
          ...completed(entry, entry.measure),
        });
      }
    }
  }
  if (!found) {
    throw new OutcomeFileError(
      OutcomeFileErrorCode.NoHeader,
      `${source}: no sheet has a "Landlord name" header with CH01, CH02 or TP09 columns`,
    );
  }
  return { records, problems };
}
