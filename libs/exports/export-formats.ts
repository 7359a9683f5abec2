import { once } from 'node:events';
import type { WriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { ParquetSchema, ParquetWriter } from '@dsnp/parquetjs';
import type { ColumnType, Dataset } from './dataset';

export type ExportFormat = 'csv' | 'jsonl' | 'parquet';

export const EXPORT_FORMATS: Record<ExportFormat, { mediaType: string; extension: string }> = {
  csv: { mediaType: 'text/csv; charset=utf-8', extension: 'csv' },
  jsonl: { mediaType: 'application/x-ndjson; charset=utf-8', extension: 'jsonl' },
  parquet: { mediaType: 'application/vnd.apache.parquet', extension: 'parquet' },
};

export const isExportFormat = (value: string): value is ExportFormat => value in EXPORT_FORMATS;

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

/** Writes one chunk, waiting when the destination is full, so memory stays flat. */
async function write(out: Writable, chunk: string | Buffer): Promise<void> {
  if (!out.write(chunk)) {
    await once(out, 'drain');
  }
}

async function writeCsv(
  rows: AsyncIterable<Row>,
  dataset: Dataset,
  out: Writable,
): Promise<number> {
  const csv = stringify({
    header: true,
    columns: dataset.columns.map((c) => c.name),
    cast: { boolean: (value) => (value ? 'true' : 'false') },
  });
  let count = 0;
  const piped = (async () => {
    for await (const chunk of csv) {
      await write(out, chunk as Buffer);
    }
  })();
  for await (const row of rows) {
    if (!csv.write(row)) {
      await once(csv, 'drain');
    }
    count++;
  }
  csv.end();
  await piped;
  out.end();
  return count;
}

async function writeJsonLines(rows: AsyncIterable<Row>, out: Writable): Promise<number> {
  let count = 0;
  for await (const row of rows) {
    await write(out, `${JSON.stringify(row)}\n`);
    count++;
  }
  out.end();
  return count;
}

async function writeParquet(
  rows: AsyncIterable<Row>,
  dataset: Dataset,
  out: Writable,
): Promise<number> {
  const schema = new ParquetSchema(
    Object.fromEntries(
      dataset.columns.map((c) => [
        c.name,
        { type: PARQUET_TYPES[c.type], optional: true, compression: 'SNAPPY' as const },
      ]),
    ),
  );
  // Row groups of 10,000 bound the memory the writer holds at once.
  // parquetjs types ask for a file stream, but it only calls write and end.
  const writer = await ParquetWriter.openStream(schema, out as WriteStream, {
    rowGroupSize: 10_000,
  });
  let count = 0;
  for await (const row of rows) {
    const present = Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null));
    await writer.appendRow(present);
    count++;
  }
  await writer.close();
  return count;
}

/** Streams rows to `out` in the format asked for, and ends it; resolves to the row count. */
export function writeRows(
  rows: AsyncIterable<Row>,
  dataset: Dataset,
  format: ExportFormat,
  out: Writable,
): Promise<number> {
  switch (format) {
    case 'csv':
      return writeCsv(rows, dataset, out);
    case 'jsonl':
      return writeJsonLines(rows, out);
    case 'parquet':
      return writeParquet(rows, dataset, out);
  }
}
