import { Transform, type Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { ParquetSchema, ParquetTransformer } from '@dsnp/parquetjs';
import type { ColumnType, Dataset } from './dataset';

export type ExportFormat = 'csv' | 'jsonl' | 'parquet';

export const EXPORT_FORMATS: Record<ExportFormat, { mediaType: string; extension: string }> = {
  csv: { mediaType: 'text/csv; charset=utf-8', extension: 'csv' },
  jsonl: { mediaType: 'application/x-ndjson; charset=utf-8', extension: 'jsonl' },
  parquet: { mediaType: 'application/vnd.apache.parquet', extension: 'parquet' },
};

export const isExportFormat = (value: string): value is ExportFormat =>
  Object.hasOwn(EXPORT_FORMATS, value);

type Row = Record<string, unknown>;

const PARQUET_TYPES: Record<ColumnType, 'UTF8' | 'INT32' | 'DOUBLE' | 'BOOLEAN'> = {
  string: 'UTF8',
  integer: 'INT32',
  number: 'DOUBLE',
  boolean: 'BOOLEAN',
  // ISO text, as in CSV and JSON Lines, so the three formats read back the same.
  date: 'UTF8',
  timestamp: 'UTF8',
};

/** The stage that turns rows into the bytes of a format. */
function formatter(dataset: Dataset, format: ExportFormat): Transform {
  switch (format) {
    case 'csv':
      return stringify({
        header: true,
        columns: dataset.columns.map((c) => c.name),
        cast: { boolean: (value) => (value ? 'true' : 'false') },
      });
    case 'jsonl':
      return new Transform({
        writableObjectMode: true,
        transform: (row: Row, _encoding, done) => done(null, `${JSON.stringify(row)}\n`),
      });
    case 'parquet': {
      const schema = new ParquetSchema(
        Object.fromEntries(
          dataset.columns.map((c) => [
            c.name,
            { type: PARQUET_TYPES[c.type], optional: true, compression: 'SNAPPY' as const },
          ]),
        ),
      );
      // Row groups of 10,000 bound the memory the writer holds at once.
      return new ParquetTransformer(schema, { rowGroupSize: 10_000 });
    }
  }
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
): Promise<number> {
  let count = 0;
  const counted = new Transform({
    objectMode: true,
    transform: (row: Row, _encoding, done) => {
      count++;
      // Parquet marks a missing optional value by its absence, not by null.
      done(
        null,
        format === 'parquet'
          ? Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null))
          : row,
      );
    },
  });
  await pipeline(rows, counted, formatter(dataset, format), out);
  return count;
}
