import type { EntityManager } from 'typeorm';
import { SPECIFICITY_BUCKET } from '../db/migrations/1796600000000-benchmark-histograms.sql';
import { COUNTED_COLUMNS, oneAnswerPerProvisionSql } from './one-answer.sql';
import { rollupConditions, rollupRowConditions, rollupsAnswer } from './rollup-filter';
import {
  MEDIAN_QUANTILE,
  ROLLUP_COUNT_COLUMNS,
  ROLLUP_COUNTS_SQL,
  rollupHistogramSql,
} from './rollup-counts.sql';
import { currentAssessmentsSql, SqlParams, type SectorFilter } from './sector-filter';

/** One of a landlord's answers, beside what its peers answered for the same provision. */
export interface ScorecardRow {
  responseId: string;
  provision: string;
  compliance: string;
  boilerplate: boolean;
  specificity: number;
  hasText: boolean;
  peers: number;
  peersYes: number;
  peersBoilerplateRate: number | null;
  peersMedianSpecificity: number | null;
  /**
   * Peers whose evidence for this provision is less specific: from the rollups, in a lower
   * hundredth of specificity than the landlord's, rounded.
   */
  peersBelow: number;
}

export interface CurrentResponseRow {
  assessmentId: string;
  landlordId: string;
  responseId: string;
  provision: string;
  compliance: string;
  evidence: string;
  commentary: string;
  hasText: boolean;
  boilerplate: boolean;
  specificity: number;
}

const MY_COLUMNS = `r."id", r."provision2024", r."compliance", r."boilerplate", r."specificity", r."hasText"`;

/**
 * One answer `o` as a rollup row taking it away (ROLLUP_COUNT_COLUMNS, in order), sorted
 * into the columns the way the triggers count it (BenchmarkRollups, BenchmarkHistograms).
 */
const UNCOUNTED = [
  `o."compliance" = 'yes'`,
  `o."compliance" = 'no'`,
  `o."compliance" = 'partial'`,
  `o."compliance" = 'not_applicable'`,
  `o."compliance" NOT IN ('yes', 'no', 'partial', 'not_applicable')`,
  `o."hasText"`,
  `o."hasText" AND o."boilerplate"`,
]
  .map((counted) => `-(${counted})::int`)
  .concat(`-o."specificity"::float8`)
  .join(', ');

/** A landlord's answers against its peers', and several landlords' answers side by side. */
export class PeersRepository {
  constructor(private readonly manager: EntityManager) {}

  /**
   * The landlord's answers beside its peers', from the rollups where they answer (always, for
   * the scorecard's peer groups): the group's histogram less the landlord's own slot, so the
   * median is over specificity rounded to hundredths and "below" counts peers in lower
   * hundredths.
   */
  scorecard(
    assessmentId: string,
    landlordId: string,
    peers: SectorFilter,
  ): Promise<ScorecardRow[]> {
    if (!rollupsAnswer(peers)) {
      return this.scorecardFromResponses(assessmentId, landlordId, peers);
    }
    const params = new SqlParams();
    const mine = params.add(assessmentId);
    const group = rollupRowConditions(peers, params, 'g');
    // The landlord's own slot, if the rollups count it in this group under these years:
    // the slot keeps kind, region and size band as the triggers last recorded them. Its
    // key is the landlord's id (indexed).
    const own = [
      `s."key" = ${params.add(landlordId)}::uuid`,
      ...rollupConditions(peers, params, 's'),
    ];
    return this.manager.query(
      `WITH me AS (SELECT "id", "edition" FROM "assessment" WHERE "id" = ${mine}::uuid),
       m AS (${oneAnswerPerProvisionSql('me', MY_COLUMNS)}),
       counted AS (SELECT s."assessmentId" AS "id", s."edition" FROM "benchmark_slot" s WHERE ${own.join(' AND ')}),
       o AS (${oneAnswerPerProvisionSql('counted', COUNTED_COLUMNS)}),
       ${rollupHistogramSql(`SELECT g."provision", g."bucket", ${ROLLUP_COUNT_COLUMNS.map((c) => `g."${c}"`).join(', ')}
         FROM "benchmark_answer_count" g WHERE ${group.join(' AND ')} AND g."provision" = ANY(ARRAY(SELECT "provision2024" FROM m))
         UNION ALL
         SELECT o."provision2024", ${SPECIFICITY_BUCKET('o."specificity"')}, ${UNCOUNTED} FROM o`)},
       p AS (SELECT h."provision", ${ROLLUP_COUNTS_SQL} FROM h GROUP BY h."provision")
       SELECT m."id" AS "responseId", m."provision2024" AS "provision", m."compliance", m."boilerplate", m."specificity",
         m."hasText", coalesce(p."total", 0) AS "peers", coalesce(p."yes", 0) AS "peersYes",
         p."boilerplateRate" AS "peersBoilerplateRate", p."quantiles"[${MEDIAN_QUANTILE}] AS "peersMedianSpecificity",
         (SELECT coalesce(sum(h."n"), 0)::int FROM h
          WHERE h."provision" = m."provision2024" AND h."bucket" < ${SPECIFICITY_BUCKET('m."specificity"')}) AS "peersBelow"
       FROM m LEFT JOIN p ON p."provision" = m."provision2024"`,
      params.values,
    );
  }

  /** The same from every current response of the peers: for landlord ids, and to check the rollups. */
  scorecardFromResponses(
    assessmentId: string,
    landlordId: string,
    peers: SectorFilter,
  ): Promise<ScorecardRow[]> {
    const params = new SqlParams();
    const current = currentAssessmentsSql(peers, params);
    const mine = params.add(assessmentId);
    const me = params.add(landlordId);
    return this.manager.query(
      `WITH peers AS (SELECT "id", "edition" FROM (${current}) c WHERE c."landlordId" IS DISTINCT FROM ${me}::uuid),
       me AS (SELECT "id", "edition" FROM "assessment" WHERE "id" = ${mine}::uuid),
       m AS (${oneAnswerPerProvisionSql('me', MY_COLUMNS)}),
       p AS (${oneAnswerPerProvisionSql('peers', COUNTED_COLUMNS)})
       SELECT m."id" AS "responseId", m."provision2024" AS "provision", m."compliance", m."boilerplate", m."specificity",
         m."hasText",
         count(p."assessmentId")::int AS "peers",
         count(p."assessmentId") FILTER (WHERE p."compliance" = 'yes')::int AS "peersYes",
         (count(p."assessmentId") FILTER (WHERE p."boilerplate" AND p."hasText"))::float8
           / nullif(count(p."assessmentId") FILTER (WHERE p."hasText"), 0) AS "peersBoilerplateRate",
         percentile_cont(0.5) WITHIN GROUP (ORDER BY p."specificity") AS "peersMedianSpecificity",
         count(p."assessmentId") FILTER (WHERE p."specificity" < m."specificity")::int AS "peersBelow"
       FROM m LEFT JOIN p ON p."provision2024" = m."provision2024"
       GROUP BY m."id", m."provision2024", m."compliance", m."boilerplate", m."specificity", m."hasText"`,
      params.values,
    );
  }

  /** The responses of each landlord's current assessment. */
  currentResponses(landlordIds: readonly string[]): Promise<CurrentResponseRow[]> {
    const params = new SqlParams();
    const current = currentAssessmentsSql({ landlordIds }, params);
    return this.manager.query(
      `WITH cur AS (${current})
       SELECT cur."id" AS "assessmentId", cur."landlordId", r."id" AS "responseId", r."provision2024" AS "provision",
         r."compliance", r."evidence", r."commentary", r."hasText", r."boilerplate", r."specificity"
       FROM (${oneAnswerPerProvisionSql('cur', 'r.*')}) r JOIN cur ON cur."id" = r."assessmentId"`,
      params.values,
    );
  }
}
