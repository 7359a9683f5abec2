import type { ColumnSource, KeyValue, SchemaElement } from 'hyparquet-writer' with {
  'resolution-mode': 'import',
};
import { describeDataset } from './data-dictionary';
import type { ColumnType, Dataset } from './dataset';
import { ATTRIBUTION, DATA_LICENCE, DATA_SOURCES, EXPORT_VERSION } from './export-licence';

type Row = Record<string, unknown>;

/** Row groups of 10,000 bound the memory the writer holds at once. */
const ROW_GROUP_SIZE = 10_000;

/** Parquet's own types, so readers get dates, times and text without being told. */
const PARQUET_TYPES: Record<ColumnType, Omit<SchemaElement, 'name'>> = {
  string: { type: 'BYTE_ARRAY', converted_type: 'UTF8', logical_type: { type: 'STRING' } },
  integer: { type: 'INT32' },
  number: { type: 'DOUBLE' },
  boolean: { type: 'BOOLEAN' },
  date: { type: 'INT32', converted_type: 'DATE', logical_type: { type: 'DATE' } },
  timestamp: {
    type: 'INT64',
    converted_type: 'TIMESTAMP_MILLIS',
    logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: true, unit: 'MILLIS' },
  },
};

function parquetSchema(dataset: Dataset): SchemaElement[] {
  return [
    { name: 'root', num_children: dataset.columns.length },
    ...dataset.columns.map((c): SchemaElement => ({
      name: c.name,
      ...PARQUET_TYPES[c.type],
      repetition_type: c.required ? 'REQUIRED' : 'OPTIONAL',
    })),
  ];
}

/** What a reader needs to use the file alone: its dictionary, licence, source and version. */
function keyValueMetadata(dataset: Dataset): KeyValue[] {
  return [
    { key: 'data_dictionary', value: JSON.stringify(describeDataset(dataset)) },
    { key: 'license', value: `${DATA_LICENCE.name}: ${DATA_LICENCE.title} ${DATA_LICENCE.path}` },
    { key: 'attribution', value: ATTRIBUTION },
    { key: 'source', value: DATA_SOURCES.map((s) => s.title).join('; ') },
    { key: 'version', value: EXPORT_VERSION },
  ];
}

/** Dates and times arrive as ISO text (the same in every format); Parquet stores them typed. */
function columnData(dataset: Dataset, rows: Row[]): ColumnSource[] {
  return dataset.columns.map((c) => ({
    name: c.name,
    data: rows.map((row) => {
      const value = row[c.name] ?? null;
      return (c.type === 'date' || c.type === 'timestamp') && value !== null
        ? new Date(value as string)
        : value;
    }),
  }));
}

/**
 * The bytes of a Parquet file of the rows, a row group at a time: dictionary-encoded where
 * that pays (repeated text such as kinds, regions and answers), typed dates and
 * timestamps, ids REQUIRED, and the dataset's dictionary in the key-value metadata.
 */
export async function* parquetBytes(
  rows: AsyncIterable<Row>,
  dataset: Dataset,
): AsyncGenerator<Buffer> {
  // hyparquet-writer is published as an ES module only.
  const { ByteWriter, ParquetWriter } = await import('hyparquet-writer');
  const sink = new ByteWriter();
  const taken = () => {
    const bytes = Buffer.from(sink.getBytes());
    sink.index = 0;
    return bytes;
  };
  const writer = new ParquetWriter({
    writer: sink,
    schema: parquetSchema(dataset),
    kvMetadata: keyValueMetadata(dataset),
    createdBy: `chc-bench ${EXPORT_VERSION}`,
  });
  let batch: Row[] = [];
  const write = async () => {
    await writer.write({ columnData: columnData(dataset, batch), rowGroupSize: batch.length });
    batch = [];
  };
  for await (const row of rows) {
    batch.push(row);
    if (batch.length === ROW_GROUP_SIZE) {
      await write();
      yield taken();
    }
  }
  if (batch.length > 0) {
    await write();
  }
  await writer.finish();
  yield taken();
}
