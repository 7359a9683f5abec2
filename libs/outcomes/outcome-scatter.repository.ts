import type { EntityManager } from 'typeorm';
import type { SectorFilter } from '../benchmarks/sector-filter';
import { SqlParams } from '../benchmarks/sector-filter';
import { directorySql, type DirectoryRow } from '../benchmarks/landlord-directory.repository';
import type { TenureValue } from './dto/outcome-enums';
import { LANDLORD_FIGURES_SQL } from './landlord-figures.sql';

/** The directory's figures a scatter can set against an outcome. */
export type ScatterClaim = 'declaredCompliance' | 'evidenceQuality';

export interface ScatterRow extends DirectoryRow {
  /** The chosen claim figure (declared compliance or evidence quality). */
  claim: number | null;
  value: number | null;
  measureYear: number | null;
  /** The medians of the rows with both figures, the same on every row. */
  medianClaim: number | null;
  medianValue: number | null;
}

// Column names from a closed list, never from the caller's text.
const CLAIM_COLUMNS: Record<ScatterClaim, string> = {
  declaredCompliance: '"declaredCompliance"',
  evidenceQuality: '"evidenceQuality"',
};

/**
 * The landlord directory's rows for a filter (declared compliance and evidence quality
 * defined there once), each with its latest figure for one measure and tenure (one figure
 * per landlord, however many names it is published under), and the medians of those with
 * both: one statement, so the directory is worked out once.
 */
export class OutcomeScatterRepository {
  constructor(private readonly manager: EntityManager) {}

  rows(
    filter: SectorFilter,
    measure: string,
    tenure: string,
    claim: ScatterClaim,
  ): Promise<ScatterRow[]> {
    const params = new SqlParams();
    const column = CLAIM_COLUMNS[claim];
    return this.manager.query(
      `WITH d AS (${directorySql(filter, params)}),
      latest AS (
        SELECT DISTINCT ON (f."landlordId") f."landlordId", f."value", f."year"
        FROM (${LANDLORD_FIGURES_SQL}) f
        WHERE f."measure" = ${params.add(measure)} AND f."tenure" = ${params.add(tenure)}
        ORDER BY f."landlordId", f."year" DESC),
      p AS (
        SELECT d.*, d.${column} AS "claim", latest."value", latest."year" AS "measureYear"
        FROM d LEFT JOIN latest ON latest."landlordId" = d."id"
        WHERE d.${column} IS NOT NULL OR latest."value" IS NOT NULL),
      medians AS (
        SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY "claim") AS "medianClaim",
               percentile_cont(0.5) WITHIN GROUP (ORDER BY "value") AS "medianValue"
        FROM p WHERE "claim" IS NOT NULL AND "value" IS NOT NULL)
      SELECT p.*, medians.* FROM p CROSS JOIN medians ORDER BY lower(p."name"), p."id"`,
      params.values,
    );
  }

  /** Which measures and tenures have any figure matched to a landlord. */
  figuresAvailable(
    measures: readonly string[],
  ): Promise<{ measure: string; tenure: TenureValue }[]> {
    return this.manager.query(
      `SELECT DISTINCT "measure", "tenure" FROM "outcome_measure"
       WHERE "measure" = ANY($1::text[]) AND "value" IS NOT NULL AND "landlordId" IS NOT NULL`,
      [measures],
    );
  }
}
