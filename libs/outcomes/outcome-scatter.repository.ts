import type { EntityManager } from 'typeorm';
import type { SectorFilter } from '../benchmarks/sector-filter';
import { SqlParams } from '../benchmarks/sector-filter';
import { directorySql, type DirectoryRow } from '../benchmarks/landlord-directory.repository';

export interface ScatterRow extends DirectoryRow {
  value: number | null;
  measureYear: number | null;
}

export interface ScatterMedians {
  medianDeclaredCompliance: number | null;
  medianValue: number | null;
}

/**
 * The landlord directory's rows for a filter (declared compliance defined there once), each
 * with its latest figure for one measure and tenure; and the medians of those with both.
 */
export class OutcomeScatterRepository {
  constructor(private readonly manager: EntityManager) {}

  private sql(filter: SectorFilter, measure: string, tenure: string, params: SqlParams): string {
    return `WITH d AS (${directorySql(filter, params)}),
      latest AS (
        SELECT DISTINCT ON (m."landlordId") m."landlordId", m."value", m."year"
        FROM "outcome_measure" m
        WHERE m."measure" = ${params.add(measure)} AND m."tenure" = ${params.add(tenure)}
          AND m."value" IS NOT NULL AND m."landlordId" IS NOT NULL
        ORDER BY m."landlordId", m."year" DESC)
      SELECT d.*, latest."value", latest."year" AS "measureYear"
      FROM d LEFT JOIN latest ON latest."landlordId" = d."id"
      WHERE d."declaredCompliance" IS NOT NULL OR latest."value" IS NOT NULL`;
  }

  rows(filter: SectorFilter, measure: string, tenure: string): Promise<ScatterRow[]> {
    const params = new SqlParams();
    return this.manager.query(
      `${this.sql(filter, measure, tenure, params)} ORDER BY lower(d."name"), d."id"`,
      params.values,
    );
  }

  async medians(filter: SectorFilter, measure: string, tenure: string): Promise<ScatterMedians> {
    const params = new SqlParams();
    const [row] = await this.manager.query<ScatterMedians[]>(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY p."declaredCompliance") AS "medianDeclaredCompliance",
              percentile_cont(0.5) WITHIN GROUP (ORDER BY p."value") AS "medianValue"
       FROM (${this.sql(filter, measure, tenure, params)}) p
       WHERE p."declaredCompliance" IS NOT NULL AND p."value" IS NOT NULL`,
      params.values,
    );
    return row ?? { medianDeclaredCompliance: null, medianValue: null };
  }

  /** Which of `measures` have any figure matched to a landlord. */
  async available(measures: readonly string[]): Promise<string[]> {
    const rows = await this.manager.query<{ measure: string }[]>(
      `SELECT DISTINCT "measure" FROM "outcome_measure"
       WHERE "measure" = ANY($1::text[]) AND "value" IS NOT NULL AND "landlordId" IS NOT NULL`,
      [measures],
    );
    return measures.filter((m) => rows.some((r) => r.measure === m));
  }
}
