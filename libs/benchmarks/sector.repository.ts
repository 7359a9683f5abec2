import type { EntityManager } from 'typeorm';
import type { CodeEdition } from '@ingest/core';
import { SectorStatisticsEntity } from '../assessments/entities/sector-statistics.entity';
import { rollupConditions } from './rollup-filter';
import { landlordConditions, SqlParams, type SectorFilter } from './sector-filter';

/**
 * Current assessments that share an edition, a matched landlord or not, a tenth of yes
 * answers and of boilerplate, and full compliance: what the sector distributions count.
 */
export interface AssessmentGroupRow {
  edition: string | null;
  matched: boolean;
  /** Tenth of yes among stated answers (0–9), null where nothing was stated. */
  complianceTenth: number | null;
  /** Tenth of boilerplate among responses with text (0–9), null where none has text. */
  boilerplateTenth: number | null;
  /** Some provision answered, and none answered no or partial. */
  fullyCompliant: boolean;
  assessments: number;
  boilerplate: number;
  judged: number;
}

const TENTH = (part: string, whole: string) =>
  `CASE WHEN s."${whole}" > 0 THEN least(9, floor(s."${part}"::float8 / s."${whole}" * 10))::int END`;

/** Sector-wide counts over current assessments. */
export class SectorRepository {
  constructor(private readonly manager: EntityManager) {}

  /** From the slots the rollup triggers keep: a few dozen rows whatever the sector's size. */
  assessmentGroups(filter: SectorFilter): Promise<AssessmentGroupRow[]> {
    const params = new SqlParams();
    return this.manager.query(
      `SELECT s."edition", s."landlordId" IS NOT NULL AS "matched",
         ${TENTH('yes', 'stated')} AS "complianceTenth", ${TENTH('boilerplate', 'judged')} AS "boilerplateTenth",
         (s."stated" > 0 AND s."gaps" = 0) AS "fullyCompliant",
         count(*)::int AS "assessments", sum(s."boilerplate")::int AS "boilerplate", sum(s."judged")::int AS "judged"
       FROM "benchmark_slot" s WHERE ${rollupConditions(filter, params, 's').join(' AND ')}
       GROUP BY 1, 2, 3, 4, 5`,
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
      `SELECT count(*)::int AS "count" FROM "flag" f
       JOIN "response" r ON r."id" = f."responseId" JOIN "benchmark_slot" s ON s."assessmentId" = r."assessmentId"
       WHERE f."kind" = 'contradiction' AND NOT f."overruled" AND ${rollupConditions(filter, params, 's').join(' AND ')}`,
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
