import { Transform, type Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { spreadsheetSafeRow } from './csv-cells';
import type { Dataset } from './dataset';
import { parquetBytes } from './parquet-format';

export type ExportFormat = 'csv' | 'jsonl' | 'parquet';

export const EXPORT_FORMATS: Record<ExportFormat, { mediaType: string; extension: string }> = {
  csv: { mediaType: 'text/csv; charset=utf-8', extension: 'csv' },
  jsonl: { mediaType: 'application/x-ndjson; charset=utf-8', extension: 'jsonl' },
  parquet: { mediaType: 'application/vnd.apache.parquet', extension: 'parquet' },
};

export const isExportFormat = (value: string): value is ExportFormat =>
  Object.hasOwn(EXPORT_FORMATS, value);

type Row = Record<string, unknown>;

export interface ExportOptions {
  /** CSV for Excel: a UTF-8 byte order mark first, so accents and dashes survive. */
  excel?: boolean;
}

/** The stage that turns rows into the bytes of a text format. */
function textFormatter(dataset: Dataset, format: 'csv' | 'jsonl', options: ExportOptions) {
  if (format === 'jsonl') {
    return new Transform({
      writableObjectMode: true,
      transform: (row: Row, _encoding, done) => done(null, `${JSON.stringify(row)}\n`),
    });
  }
  return stringify({
    header: true,
    bom: options.excel === true,
    columns: dataset.columns.map((c) => c.name),
    cast: { boolean: (value) => (value ? 'true' : 'false') },
  });
}

/**
 * Streams rows to `out` in the format asked for, and ends it; resolves to the row count.
 * One pipeline, so a destination that closes early (a cancelled download) or fails
 * destroys the rows' source too (closing its database cursor), and the promise rejects
 * instead of waiting for a drain that never comes.
 */
export async function writeRows(
  rows: Readable,
  dataset: Dataset,
  format: ExportFormat,
  out: Writable,
  options: ExportOptions = {},
): Promise<number> {
  let count = 0;
  const counted = new Transform({
    objectMode: true,
    transform: (row: Row, _encoding, done) => {
      count++;
      done(null, format === 'csv' ? spreadsheetSafeRow(dataset, row) : row);
    },
  });
  if (format === 'parquet') {
    await pipeline(
      rows,
      counted,
      (source: AsyncIterable<Row>) => parquetBytes(source, dataset),
      out,
    );
  } else {
    await pipeline(rows, counted, textFormatter(dataset, format, options), out);
  }
  return count;
}
