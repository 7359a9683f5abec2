import { Injectable } from '@nestjs/common';
import type { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { SqlParams } from '../benchmarks/sector-filter';
import { selectSql, type Dataset, type ExportFilter } from './dataset';
import { writeRows, type ExportFormat } from './export-formats';

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
  ): Promise<number> {
    const params = new SqlParams();
    const sql = selectSql(dataset, filter, params);
    const runner = this.dataSource.createQueryRunner();
    try {
      const rows = await runner.stream(sql, params.values);
      try {
        return await writeRows(
          rows as AsyncIterable<Record<string, unknown>>,
          dataset,
          format,
          out,
        );
      } finally {
        rows.destroy();
      }
    } finally {
      await runner.release();
    }
  }
}
