import type { EntityManager } from 'typeorm';
import { ANSWER_COUNTS_SQL, type AnswerCountsRow } from './answer-counts.sql';
import { currentAssessmentsSql, SqlParams, type SectorFilter } from './sector-filter';

export type BreakdownDimension = 'kind' | 'region' | 'sizeBand' | 'year' | 'edition';

export interface ProvisionCountsRow extends AnswerCountsRow {
  provision: string;
}

export interface GroupCountsRow extends AnswerCountsRow {
  group: string | null;
  landlords: number;
}

/** Answer counts per provision over the sector's current assessments, in SQL. */
export class BenchmarksRepository {
  constructor(private readonly manager: EntityManager) {}

  /** One row per 2024 provision (2022 answers counted through the mapping). */
  provisionCounts(filter: SectorFilter, provision: string | null): Promise<ProvisionCountsRow[]> {
    const params = new SqlParams();
    const current = currentAssessmentsSql(filter, params);
    const only = provision ? `AND r."provision2024" = ${params.add(provision)}` : '';
    return this.manager.query(
      `WITH cur AS (${current})
       SELECT r."provision2024" AS "provision", ${ANSWER_COUNTS_SQL}
       FROM "response" r JOIN cur ON cur."id" = r."assessmentId"
       WHERE r."provision2024" IS NOT NULL ${only}
       GROUP BY r."provision2024"`,
      params.values,
    );
  }

  /** One provision's counts by landlord kind, region, size band, year or edition. */
  breakdown(
    filter: SectorFilter,
    provision: string,
    by: BreakdownDimension,
  ): Promise<GroupCountsRow[]> {
    const params = new SqlParams();
    const current = currentAssessmentsSql(filter, params, { perYear: by === 'year' });
    return this.manager.query(
      `WITH cur AS (${current})
       SELECT cur."${by}"::text AS "group", count(DISTINCT cur."id")::int AS "landlords", ${ANSWER_COUNTS_SQL}
       FROM "response" r JOIN cur ON cur."id" = r."assessmentId"
       WHERE r."provision2024" = ${params.add(provision)}
       GROUP BY cur."${by}" ORDER BY cur."${by}" NULLS LAST`,
      params.values,
    );
  }
}
