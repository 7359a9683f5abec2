import type { EntityManager } from 'typeorm';
import type { SectorFilter } from '../benchmarks/sector-filter';
import { SqlParams } from '../benchmarks/sector-filter';
import { directorySql, type DirectoryRow } from '../benchmarks/landlord-directory.repository';

export interface ScatterRow extends DirectoryRow {
  value: number | null;
  measureYear: number | null;
  /** The medians of the rows with both figures, the same on every row. */
  medianDeclaredCompliance: number | null;
  medianValue: number | null;
}

/**
 * The landlord directory's rows for a filter (declared compliance defined there once), each
 * with its latest figure for one measure and tenure, and the medians of those with both:
 * one statement, so the directory is worked out once.
 */
export class OutcomeScatterRepository {
  constructor(private readonly manager: EntityManager) {}

  rows(filter: SectorFilter, measure: string, tenure: string): Promise<ScatterRow[]> {
    const params = new SqlParams();
    return this.manager.query(
      `WITH d AS (${directorySql(filter, params)}),
      latest AS (
        SELECT DISTINCT ON (m."landlordId") m."landlordId", m."value", m."year"
        FROM "outcome_measure" m
        WHERE m."measure" = ${params.add(measure)} AND m."tenure" = ${params.add(tenure)}
          AND m."value" IS NOT NULL AND m."landlordId" IS NOT NULL
        ORDER BY m."landlordId", m."year" DESC),
      p AS (
        SELECT d.*, latest."value", latest."year" AS "measureYear"
        FROM d LEFT JOIN latest ON latest."landlordId" = d."id"
        WHERE d."declaredCompliance" IS NOT NULL OR latest."value" IS NOT NULL),
      medians AS (
        SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY "declaredCompliance") AS "medianDeclaredCompliance",
               percentile_cont(0.5) WITHIN GROUP (ORDER BY "value") AS "medianValue"
        FROM p WHERE "declaredCompliance" IS NOT NULL AND "value" IS NOT NULL)
      SELECT p.*, medians.* FROM p CROSS JOIN medians ORDER BY lower(p."name"), p."id"`,
      params.values,
    );
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
