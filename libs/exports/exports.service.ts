import { Injectable } from '@nestjs/common';
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { SqlParams } from '../benchmarks/sector-filter';
import { selectSql, type Dataset, type ExportFilter } from './dataset';
import { writeRows, type ExportFormat, type ExportOptions } from './export-formats';

/**
 * Streams a dataset from PostgreSQL to a destination through a cursor, a batch of rows at a
 * time, so an export of millions of rows holds only a batch in memory.
 */
@Injectable()
export class ExportsService {
  constructor(private readonly dataSource: DataSource) {}

  async export(
    dataset: Dataset,
    filter: ExportFilter,
    format: ExportFormat,
    out: Writable,
    options: ExportOptions = {},
  ): Promise<number> {
    const params = new SqlParams();
    const sql = selectSql(dataset, filter, params);
    const runner = this.dataSource.createQueryRunner();
    try {
      // pg-query-stream: a Readable whose destroy() closes the cursor.
      const rows = (await runner.stream(sql, params.values)) as unknown as Readable;
      try {
        return await writeRows(rows, dataset, format, out, options);
      } finally {
        // The pipeline destroyed the rows on failure; the connection goes back to the pool
        // only once the cursor is closed, so the next user of it finds it idle.
        if (!rows.closed) {
          rows.destroy();
          await once(rows, 'close');
        }
      }
    } finally {
      await runner.release();
    }
  }
}
