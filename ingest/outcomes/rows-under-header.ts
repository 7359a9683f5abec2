import { findHeaderRow } from './find-header';
import { OutcomeFileError, OutcomeFileErrorCode } from './outcomes.errors';
import type { Cell, SheetTable } from './sheet-table';

export interface RowUnderHeader {
  sheet: string;
  row: number;
  /** The header's labels as words, by column. */
  labels: string[];
  cell(column: number): Cell | undefined;
  text(column: number): string;
}

/**
 * Every non-blank row under the header of each sheet whose header has the `required`
 * labels (each with its wordings); throws when no sheet has them.
 */
export function rowsUnderHeader(
  tables: readonly SheetTable[],
  required: readonly (readonly string[])[],
  source: string,
): RowUnderHeader[] {
  const rows: RowUnderHeader[] = [];
  for (const table of tables) {
    const header = findHeaderRow(table, required);
    for (const { row, cells } of header ? table.rows.slice(header.index + 1) : []) {
      if (cells.some((c) => c.text)) {
        const cell = (i: number) => (i >= 0 ? cells[i] : undefined);
        rows.push({
          sheet: table.name,
          row,
          labels: header!.labels,
          cell,
          text: (i) => cell(i)?.text ?? '',
        });
      }
    }
  }
  if (!tables.some((t) => findHeaderRow(t, required))) {
    throw new OutcomeFileError(
      OutcomeFileErrorCode.NoHeader,
      `${source}: no sheet has a header with ${required.map((r) => `"${r[0]}"`).join(', ')}`,
    );
  }
  return rows;
}
