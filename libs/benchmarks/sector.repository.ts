import type { EntityManager } from 'typeorm';
import type { CodeEdition } from '@ingest/core';
import { SectorStatisticsEntity } from '../assessments/entities/sector-statistics.entity';
import {
  currentAssessmentsSql,
  landlordConditions,
  SqlParams,
  type SectorFilter,
} from './sector-filter';

/** One current assessment's totals, for sector-wide distributions. */
export interface AssessmentTotalsRow {
  id: string;
  landlordId: string | null;
  edition: string | null;
  yes: number;
  gaps: number;
  stated: number;
  boilerplate: number;
  judged: number;
}

/** Sector-wide counts over current assessments. */
export class SectorRepository {
  constructor(private readonly manager: EntityManager) {}

  assessmentTotals(filter: SectorFilter): Promise<AssessmentTotalsRow[]> {
    const params = new SqlParams();
    return this.manager.query(
      `WITH cur AS (${currentAssessmentsSql(filter, params)})
       SELECT cur."id", cur."landlordId", cur."edition",
         count(*) FILTER (WHERE r."compliance" = 'yes')::int AS "yes",
         count(*) FILTER (WHERE r."compliance" IN ('no', 'partial'))::int AS "gaps",
         count(*) FILTER (WHERE r."compliance" IN ('yes', 'no', 'partial'))::int AS "stated",
         count(*) FILTER (WHERE r."boilerplate" AND r."hasText")::int AS "boilerplate",
         count(*) FILTER (WHERE r."hasText")::int AS "judged"
       FROM "response" r JOIN cur ON cur."id" = r."assessmentId"
       GROUP BY cur."id", cur."landlordId", cur."edition"`,
      params.values,
    );
  }

  /** Registered landlords of the filter's kinds, regions and size bands. */
  async registeredLandlords(filter: SectorFilter): Promise<number> {
    const params = new SqlParams();
    const conditions = landlordConditions(filter, params);
    const [row] = await this.manager.query<{ count: number }[]>(
      `SELECT count(*)::int AS "count" FROM "landlord" l ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}`,
      params.values,
    );
    return row!.count;
  }

  /** Contradictions found (and not overruled) in current assessments. */
  async contradictions(filter: SectorFilter): Promise<number> {
    const params = new SqlParams();
    const [row] = await this.manager.query<{ count: number }[]>(
      `WITH cur AS (${currentAssessmentsSql(filter, params)})
       SELECT count(*)::int AS "count" FROM "flag" f
       JOIN "response" r ON r."id" = f."responseId" JOIN cur ON cur."id" = r."assessmentId"
       WHERE f."kind" = 'contradiction' AND NOT f."overruled"`,
      params.values,
    );
    return row!.count;
  }

  /** The regions, years and editions there are, for filter choices. */
  async filterOptions(): Promise<{ regions: string[]; years: number[]; editions: CodeEdition[] }> {
    const [row] = await this.manager.query<
      { regions: string[] | null; years: number[] | null; editions: CodeEdition[] | null }[]
    >(
      `SELECT (SELECT array_agg(DISTINCT "region" ORDER BY "region") FROM "landlord" WHERE "region" IS NOT NULL) AS "regions",
        (SELECT array_agg(DISTINCT "year" ORDER BY "year" DESC) FROM "assessment" WHERE "year" IS NOT NULL) AS "years",
        (SELECT array_agg(DISTINCT "edition" ORDER BY "edition" DESC) FROM "assessment" WHERE "edition" IS NOT NULL) AS "editions"`,
    );
    return { regions: row?.regions ?? [], years: row?.years ?? [], editions: row?.editions ?? [] };
  }

  latestStatistics(): Promise<SectorStatisticsEntity | null> {
    return this.manager
      .getRepository(SectorStatisticsEntity)
      .findOne({ where: {}, order: { computedAt: 'DESC' } });
  }
}
