import { parse } from 'csv-parse/sync';
import { OutcomeFileError, OutcomeFileErrorCode } from './outcomes.errors';
import { readWorkbook } from './read-workbook';
import { textCell, type SheetTable } from './sheet-table';

/** Published lists are a few MB; anything far bigger is refused before it is unpacked. */
export const MAX_OUTCOME_FILE_BYTES = 64 * 1024 * 1024;

/** An .xlsx (a zip) by its first bytes. */
export const isZipFile = (bytes: Buffer) =>
  bytes.length > 4 && bytes.readUInt32LE(0) === 0x04034b50;

function csvTable(bytes: Buffer, source: string): SheetTable {
  try {
    const records = parse(bytes.toString('utf8'), {
      columns: false,
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    });
    return {
      name: 'csv',
      rows: records.map((cells, i) => ({ row: i + 1, cells: cells.map(textCell) })),
    };
  } catch (error) {
    throw new OutcomeFileError(
      OutcomeFileErrorCode.Unreadable,
      `${source}: not a readable CSV (${(error as Error).message})`,
    );
  }
}

/**
 * The tables of a published file: every sheet of an .xlsx workbook (known by its bytes,
 * never its name), or the one table of a CSV.
 */
export async function readTables(bytes: Buffer, source: string): Promise<SheetTable[]> {
  if (bytes.length === 0 || !bytes.toString('utf8', 0, 4096).trim()) {
    throw new OutcomeFileError(OutcomeFileErrorCode.Empty, `${source}: the file is empty`);
  }
  if (bytes.length > MAX_OUTCOME_FILE_BYTES) {
    throw new OutcomeFileError(
      OutcomeFileErrorCode.TooLarge,
      `${source}: ${bytes.length} bytes is more than the ${MAX_OUTCOME_FILE_BYTES} a published list can be`,
    );
  }
  return isZipFile(bytes) ? readWorkbook(bytes, source) : [csvTable(bytes, source)];
}
