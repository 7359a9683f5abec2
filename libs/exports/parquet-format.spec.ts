import { Readable } from 'node:stream';
import type { Dataset } from './dataset';
import { parquetBytes } from './parquet-format';

const DATASET: Dataset = {
  name: 'test',
  description: 'test rows',
  grain: 'a row',
  columns: [
    { name: 'id', type: 'string', description: 'id', required: true, sql: 'id' },
    { name: 'kind', type: 'string', description: 'kind', sql: 'kind' },
    { name: 'count', type: 'integer', description: 'count', sql: 'count' },
    { name: 'day', type: 'date', description: 'day', sql: 'day' },
    { name: 'at', type: 'timestamp', description: 'at', sql: 'at' },
    { name: 'flag', type: 'boolean', description: 'flag', sql: 'flag' },
  ],
  source: () => '',
};

async function written(rows: Record<string, unknown>[]): Promise<ArrayBuffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of parquetBytes(Readable.from(rows), DATASET)) {
    chunks.push(chunk);
  }
  const bytes = Buffer.concat(chunks);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

describe(parquetBytes.name, () => {
  it('should write typed rows an independent reader reads back, over many row groups', async () => {
    const { parquetMetadata, parquetReadObjects } = await import('hyparquet');
    const rows = Array.from({ length: 25_000 }, (_, i) => ({
      id: `r${i}`,
      kind: i % 3 === 0 ? null : ['yes', 'no'][i % 2],
      count: i % 7 === 0 ? null : -i,
      day: i % 5 === 0 ? null : '2024-03-31',
      at: '2026-12-02T06:30:00Z',
      flag: i % 2 === 0,
    }));
    const file = await written(rows);
    const metadata = parquetMetadata(file);
    expect(metadata.row_groups.map((g) => Number(g.num_rows))).toEqual([10_000, 10_000, 5_000]);
    const read = (await parquetReadObjects({ file })) as Record<string, unknown>[];
    expect(read).toHaveLength(rows.length);
    for (const i of [0, 1, 3, 7, 10_001, 24_999]) {
      const row = rows[i]!;
      expect(read[i]).toEqual({
        ...row,
        day: row.day === null ? null : new Date('2024-03-31T00:00:00Z'),
        at: new Date('2026-12-02T06:30:00Z'),
      });
    }
    const id = metadata.schema.find((e) => e.name === 'id')!;
    expect(id.repetition_type).toBe('REQUIRED');
  });

  it('should write a valid empty file with the columns and metadata', async () => {
    const { parquetMetadata } = await import('hyparquet');
    const metadata = parquetMetadata(await written([]));
    expect(Number(metadata.num_rows)).toBe(0);
    expect(metadata.schema.slice(1).map((e) => e.name)).toEqual(DATASET.columns.map((c) => c.name));
    const keys = (metadata.key_value_metadata ?? []).map((kv) => kv.key);
    expect(keys).toEqual(['data_dictionary', 'license', 'attribution', 'source', 'version']);
  });
});
