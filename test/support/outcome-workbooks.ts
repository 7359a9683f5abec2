import ExcelJS from 'exceljs';

/** A cell as the test wants it written: a value, optionally with an Excel number format. */
export type FixtureCell = string | number | Date | null | { value: number; numFmt: string };

export interface FixtureSheet {
  name: string;
  /** Rows from the first; titles and notes above the header, as the published files have. */
  rows: FixtureCell[][];
}

/** An .xlsx file in memory, written by exceljs as the published workbooks are laid out. */
export async function workbookBytes(sheets: FixtureSheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((cells, r) => {
      cells.forEach((cell, c) => {
        if (cell === null) {
          return;
        }
        const target = worksheet.getCell(r + 1, c + 1);
        if (typeof cell === 'object' && !(cell instanceof Date)) {
          target.value = cell.value;
          target.numFmt = cell.numFmt;
        } else {
          target.value = cell;
        }
      });
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The Regulator's list of registered providers, with a title block over the header. */
export function providerListSheet(header: string[], providers: FixtureCell[][]): FixtureSheet {
  return {
    name: 'Organisation Advanced Find View',
    rows: [
      ['List of registered providers'],
      ['Published by the Regulator of Social Housing'],
      [],
      header,
      ...providers,
    ],
  };
}
