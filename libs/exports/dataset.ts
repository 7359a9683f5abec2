import type { SectorFilter, SqlParams } from '../benchmarks/sector-filter';

export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'timestamp';

export interface DatasetColumn {
  name: string;
  type: ColumnType;
  description: string;
  /** Never null: an id. Parquet marks it REQUIRED, the datapackage `constraints.required`. */
  required?: boolean;
  /** The SQL expression that gives it. */
  sql: string;
}

export type ExportScope = 'current' | 'all';

export interface ExportFilter extends SectorFilter {
  /** Current assessments only (one per landlord, as the benchmarks count), or every version. */
  scope: ExportScope;
}

/** One exportable table: its columns and where its rows come from. */
export interface Dataset {
  name: string;
  description: string;
  /** What one row is. */
  grain: string;
  columns: readonly DatasetColumn[];
  /** FROM … WHERE … ORDER BY …, with the filter's values added to params. */
  source(filter: ExportFilter, params: SqlParams): string;
}

/** ISO dates and times as text, the same in every format and time zone. */
export const isoDate = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;
export const isoTime = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

/**
 * One rule for "none" in every format: text that is empty (no evidence, an empty list of
 * reasons) is null, never `''`, so a reader tests one thing.
 */
const valueSql = (column: DatasetColumn) =>
  column.type === 'string' ? `nullif(${column.sql}, '')` : column.sql;

export function selectSql(dataset: Dataset, filter: ExportFilter, params: SqlParams): string {
  const columns = dataset.columns.map((c) => `${valueSql(c)} AS "${c.name}"`).join(', ');
  return `SELECT ${columns} ${dataset.source(filter, params)}`;
}
