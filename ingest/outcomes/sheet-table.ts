/** One cell as read from a spreadsheet or CSV: its text, and its number where it is one. */
export interface Cell {
  text: string;
  number: number | null;
  /** The spreadsheet shows it as a percentage (so 0.61 means 61%). */
  percentFormat: boolean;
  date: Date | null;
}

/** One sheet (or a CSV file) as rows of cells; `rows[i].row` is the row number people see. */
export interface SheetTable {
  name: string;
  rows: { row: number; cells: Cell[] }[];
}

export const EMPTY_CELL: Cell = { text: '', number: null, percentFormat: false, date: null };

/** A cell from plain text (CSV): a number when the whole text is one. */
export function textCell(raw: string): Cell {
  const text = raw.trim();
  const plain = text.replace(/,/g, '');
  const number = /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : null;
  return { text, number, percentFormat: false, date: null };
}
