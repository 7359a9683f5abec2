import ExcelJS from 'exceljs';
import { OutcomeFileError, OutcomeFileErrorCode } from './outcomes.errors';
import { EMPTY_CELL, type Cell, type SheetTable } from './sheet-table';

type Value = ExcelJS.CellValue;

function textOf(value: Value): string {
  if (value === null || value === undefined) {
    return '';
  }
  if (value instanceof Date) {
    return value.toISOString().slice(0, 10);
  }
  if (typeof value !== 'object') {
    return String(value);
  }
  if ('richText' in value) {
    return value.richText.map((part) => part.text).join('');
  }
  if ('formula' in value || 'sharedFormula' in value) {
    return textOf((value as ExcelJS.CellFormulaValue).result);
  }
  if ('hyperlink' in value) {
    return String(value.text);
  }
  if ('error' in value) {
    return String(value.error);
  }
  return '';
}

function cellOf(cell: ExcelJS.Cell): Cell {
  const raw: Value =
    cell.value !== null && typeof cell.value === 'object' && 'result' in cell.value
      ? cell.value.result
      : cell.value;
  const text = textOf(raw).trim();
  return {
    text,
    number: typeof raw === 'number' ? raw : null,
    percentFormat: typeof cell.numFmt === 'string' && cell.numFmt.includes('%'),
    date: raw instanceof Date ? raw : null,
  };
}

/**
 * Every sheet of an .xlsx file as rows of cells (formulas by their cached result, rich
 * text joined), or an OutcomeFileError naming the file when it is not a readable workbook.
 */
export async function readWorkbook(bytes: Buffer, source: string): Promise<SheetTable[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new OutcomeFileError(
      OutcomeFileErrorCode.Unreadable,
      `${source}: not a readable .xlsx workbook (${(error as Error).message})`,
    );
  }
  return workbook.worksheets.map((sheet) => {
    const rows: SheetTable['rows'] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: Cell[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        cells[column - 1] = cellOf(cell);
      });
      rows.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? EMPTY_CELL) });
    });
    return { name: sheet.name, rows };
  });
}
