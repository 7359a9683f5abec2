import type { EntityManager } from 'typeorm';
import { sizeBandOrderSql } from '../landlords/size-band';
import { ANSWER_COUNTS_SQL, type AnswerCountsRow } from './answer-counts.sql';
import { COUNTED_COLUMNS, oneAnswerPerProvisionSql } from './one-answer.sql';
import { rollupRowConditions, rollupsAnswer } from './rollup-filter';
import { ROLLUP_COUNTS_SQL, rollupHistogramSql } from './rollup-counts.sql';
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

  /**
   * One row per 2024 provision (2022 answers counted through the mapping), from the rollups:
   * at most 101 histogram rows per provision and group whatever the sector's size, so
   * specificity percentiles are those of specificity rounded to hundredths.
   */
  provisionCounts(filter: SectorFilter, provision: string | null): Promise<ProvisionCountsRow[]> {
    if (!rollupsAnswer(filter)) {
      return this.provisionCountsFromResponses(filter, provision);
    }
    const params = new SqlParams();
    const conditions = rollupRowConditions(filter, params, 'g');
    if (provision) {
      conditions.push(`g."provision" = ${params.add(provision)}`);
    }
    return this.manager.query(
      `WITH ${rollupHistogramSql(`SELECT * FROM "benchmark_answer_count" g WHERE ${conditions.join(' AND ')}`)}
       SELECT h."provision", ${ROLLUP_COUNTS_SQL} FROM h GROUP BY h."provision"`,
      params.values,
    );
  }

  /** Merges the rollups' pending changes (the triggers append them; reads sum either way). */
  async compactRollups(): Promise<void> {
    await this.manager.query('SELECT benchmark_compact()');
  }

  /** The same counts from the responses themselves: for landlord ids, and to check the rollups. */
  provisionCountsFromResponses(
    filter: SectorFilter,
    provision: string | null,
  ): Promise<ProvisionCountsRow[]> {
    const params = new SqlParams();
    const current = currentAssessmentsSql(filter, params);
    const only = provision ? `r."provision2024" = ${params.add(provision)}` : undefined;
    return this.manager.query(
      `WITH cur AS (${current})
       SELECT r."provision2024" AS "provision", ${ANSWER_COUNTS_SQL}
       FROM (${oneAnswerPerProvisionSql('cur', COUNTED_COLUMNS, only)}) r
       GROUP BY r."provision2024"`,
      params.values,
    );
  }

  /**
   * One provision's counts (every provision's, without one) by landlord kind, region, size
   * band, year or edition; size bands smallest first, years oldest first.
   */
  breakdown(
    filter: SectorFilter,
    provision: string | null,
    by: BreakdownDimension,
  ): Promise<GroupCountsRow[]> {
    const params = new SqlParams();
    const current = currentAssessmentsSql(filter, params, { perYear: by === 'year' });
    const only = provision ? `r."provision2024" = ${params.add(provision)}` : undefined;
    const order = by === 'sizeBand' ? sizeBandOrderSql(`cur."${by}"`) : `cur."${by}"`;
    return this.manager.query(
      `WITH cur AS (${current})
       SELECT cur."${by}"::text AS "group", count(DISTINCT cur."id")::int AS "landlords", ${ANSWER_COUNTS_SQL}
       FROM (${oneAnswerPerProvisionSql('cur', COUNTED_COLUMNS, only)}) r JOIN cur ON cur."id" = r."assessmentId"
       GROUP BY cur."${by}" ORDER BY ${order} NULLS LAST`,
      params.values,
    );
  }
}
