import type { EntityManager } from 'typeorm';
import { COUNTED_COLUMNS, oneAnswerPerProvisionSql } from './one-answer.sql';
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
  /** Peers whose evidence for this provision is less specific. */
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

/** A landlord's answers against its peers', and several landlords' answers side by side. */
export class PeersRepository {
  constructor(private readonly manager: EntityManager) {}

  scorecard(
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
       m AS (${oneAnswerPerProvisionSql('me', 'r."id", r."provision2024", r."compliance", r."boilerplate", r."specificity", r."hasText"')}),
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
