import type { EntityManager } from 'typeorm';
import type { ClaimsFlag, LandlordClaims, OutcomeFigure } from '@ingest/outcomes/judge-claims';
import {
  assessmentConditions,
  currentAssessmentsSql,
  landlordConditions,
  SqlParams,
  type SectorFilter,
} from '../benchmarks/sector-filter';
import { OutcomeFlagEntity } from './entities/outcome-flag.entity';
import { LANDLORD_FIGURES_SQL } from './landlord-figures.sql';

export interface ClaimsFlagFilter extends SectorFilter {
  provisions?: readonly string[] | null;
  measures?: readonly string[] | null;
}

/** What the claims-vs-outcomes flags are made of, and the flags themselves. */
export class ClaimsFlagsRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Each registered landlord's current assessment and the 2024 provisions it answers Yes. */
  async claims(): Promise<LandlordClaims[]> {
    const params = new SqlParams();
    const rows = await this.manager.query<
      { landlordId: string; assessmentId: string; yes: string[] }[]
    >(
      `SELECT cur."landlordId", cur."id" AS "assessmentId",
              coalesce(array_agg(r."provision2024") FILTER (WHERE r."compliance" = 'yes' AND r."provision2024" IS NOT NULL), '{}') AS "yes"
       FROM (${currentAssessmentsSql({}, params)}) cur JOIN "response" r ON r."assessmentId" = cur."id"
       WHERE cur."landlordId" IS NOT NULL GROUP BY cur."landlordId", cur."id"`,
      params.values,
    );
    return rows.map((r) => ({ ...r, yes: new Set(r.yes) }));
  }

  /**
   * Every landlord's figure per measure, tenure and year (markers and blanks left out), one
   * each however many names it is published under, so it counts once among its peers.
   */
  figures(): Promise<OutcomeFigure[]> {
    return this.manager.query(LANDLORD_FIGURES_SQL);
  }

  /** The flags replaced by a new judgement, in one transaction. */
  async replaceFlags(flags: readonly ClaimsFlag[]): Promise<void> {
    await this.manager.transaction(async (tx) => {
      await tx.query(`DELETE FROM "outcome_flag"`);
      for (let i = 0; i < flags.length; i += 500) {
        await tx.getRepository(OutcomeFlagEntity).insert(flags.slice(i, i + 500));
      }
    });
  }

  /** Flags on landlords and assessments in the filter, by landlord name then provision. */
  async flags(filter: ClaimsFlagFilter): Promise<OutcomeFlagEntity[]> {
    const params = new SqlParams();
    const conditions = [
      ...landlordConditions(filter, params),
      ...assessmentConditions(filter, params),
    ];
    if (filter.provisions?.length) {
      conditions.push(`f."provision" = ANY(${params.add(filter.provisions)}::text[])`);
    }
    if (filter.measures?.length) {
      conditions.push(`f."measure" = ANY(${params.add(filter.measures)}::text[])`);
    }
    return this.manager.query(
      `SELECT f.* FROM "outcome_flag" f JOIN "landlord" l ON l."id" = f."landlordId"
       JOIN "assessment" a ON a."id" = f."assessmentId"
       ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
       ORDER BY l."name", f."provision", f."measure"`,
      params.values,
    );
  }
}
