import type { EntityManager } from 'typeorm';
import { SqlParams } from '../benchmarks/sector-filter';
import { keysetPageSql, type KeysetRow, type SortKey } from '../graphql/keyset';
import type { PageRequest } from '../graphql/page-request';
import { UNMATCHED_NAMES_SQL } from '../outcomes/outcomes.repository';
import { FEW_ASSESSMENTS, REVIEW_ORDER, ReviewKind, reviewPrioritySql } from './review-order';

/** One queue item as stored facts: the reason is worded from `facts` (see review-reasons). */
export interface ReviewQueueRow extends KeysetRow {
  id: string;
  kind: ReviewKind;
  priority: number;
  assessmentId: string | null;
  responseId: string | null;
  landlordName: string | null;
  facts: Record<string, unknown>;
}

const MOST_IMPORTANT_FIRST: readonly SortKey[] = [
  { sql: '"priority"', type: 'double precision', descending: true },
  { sql: '"id"', type: 'text' },
];

/**
 * What an analyst has already dealt with leaves the queue: a judged flag, or a response (or,
 * for a whole document, an assessment) confirmed or corrected by a correction still in force.
 */
const unchecked = (column: 'responseId' | 'assessmentId', value: string) =>
  `NOT EXISTS (SELECT 1 FROM "correction" c WHERE c."${column}" = ${value} AND c."undoneAt" IS NULL AND c."droppedAt" IS NULL)`;
const NOT_REVIEWED = `NOT EXISTS (SELECT 1 FROM "flag_review" v WHERE v."responseId" = f."responseId" AND v."kind" = f."kind")
  AND ${unchecked('responseId', 'f."responseId"')}`;

/**
 * Each kind's SELECT, with the same columns. Ids are built from what outlives a re-analysis
 * (assessment and response ids, rule and name), never from flag rows that every pass rewrites,
 * so a cursor stays good across one.
 */
const BRANCHES: Record<ReviewKind, string> = {
  [ReviewKind.LOW_CONFIDENCE]: `SELECT 'low_confidence:' || a."id", 'low_confidence',
      ${reviewPrioritySql(ReviewKind.LOW_CONFIDENCE)}, a."id",
      (SELECT r."id" FROM "response" r WHERE r."assessmentId" = a."id"
       ORDER BY r."confidence" ASC NULLS LAST, r."row" LIMIT 1),
      NULL::text, jsonb_build_object('score', a."confidenceScore", 'reasons', a."confidenceReasons")
    FROM "assessment" a WHERE a."confidenceLevel" = 'low' AND a."supersededById" IS NULL
      AND ${unchecked('assessmentId', 'a."id"')}`,
  [ReviewKind.CONTRADICTION]: `SELECT 'contradiction:' || r."id", 'contradiction',
      ${reviewPrioritySql(ReviewKind.CONTRADICTION)}, r."assessmentId", r."id", NULL::text,
      jsonb_build_object('provision', r."provision", 'rawAnswer', r."rawAnswer", 'words', f."reason")
    FROM "flag" f JOIN "response" r ON r."id" = f."responseId"
    JOIN "assessment" a ON a."id" = r."assessmentId" AND a."supersededById" IS NULL
    WHERE f."kind" = 'contradiction' AND ${NOT_REVIEWED}`,
  [ReviewKind.CLAIMS_VS_OUTCOMES]: `SELECT concat_ws(':', 'claims_vs_outcomes', o."assessmentId", o."ruleId", o."provision", o."measure", o."tenure", o."year"),
      'claims_vs_outcomes', ${reviewPrioritySql(ReviewKind.CLAIMS_VS_OUTCOMES)}, o."assessmentId",
      (SELECT r."id" FROM "response" r WHERE r."assessmentId" = o."assessmentId"
       AND r."provision2024" = o."provision" ORDER BY r."row" LIMIT 1), NULL::text,
      jsonb_build_object('text', o."text")
    FROM "outcome_flag" o JOIN "assessment" a ON a."id" = o."assessmentId" AND a."supersededById" IS NULL`,
  [ReviewKind.THIN_RECORD_FLAG]: `SELECT 'thin_record_flag:' || r."id" || ':' || f."kind", 'thin_record_flag',
      ${reviewPrioritySql(ReviewKind.THIN_RECORD_FLAG)}, r."assessmentId", r."id", NULL::text,
      jsonb_build_object('provision', r."provision", 'flag', f."kind", 'why', f."reason", 'periods', t."periods")
    FROM (SELECT "landlordId", count(DISTINCT "periodKey")::int AS "periods" FROM "assessment"
          WHERE "landlordId" IS NOT NULL GROUP BY "landlordId"
          HAVING count(DISTINCT "periodKey") <= ${FEW_ASSESSMENTS}) t
    JOIN "assessment" a ON a."landlordId" = t."landlordId" AND a."supersededById" IS NULL
    JOIN "response" r ON r."assessmentId" = a."id"
    JOIN "flag" f ON f."responseId" = r."id" AND f."kind" <> 'contradiction'
    WHERE ${NOT_REVIEWED}`,
  [ReviewKind.UNMATCHED_NAME]: `SELECT 'unmatched_name:' || u."source" || ':' || u."name", 'unmatched_name',
      ${reviewPrioritySql(ReviewKind.UNMATCHED_NAME)}, NULL::uuid, NULL::uuid, u."name",
      jsonb_build_object('name', u."name", 'source', u."source", 'rows', u."rows", 'years', u."years")
    FROM (${UNMATCHED_NAMES_SQL}) u`,
};

/** The review queue: one statement over every source, most important first. */
export class ReviewQueueRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Every item of the queue (or of one kind), unordered: one SELECT with UNION ALL. */
  queueSql(kind: ReviewKind | null): string {
    const kinds = REVIEW_ORDER.map((o) => o.kind).filter((k) => kind === null || k === kind);
    return `SELECT * FROM (${kinds.map((k) => BRANCHES[k]).join('\nUNION ALL\n')})
      AS q("id", "kind", "priority", "assessmentId", "responseId", "landlordName", "facts")`;
  }

  /** The statement behind a page (for `page`, and for measuring it with EXPLAIN). */
  pageSql(page: PageRequest, kind: ReviewKind | null, params: SqlParams): string {
    return keysetPageSql(this.queueSql(kind), MOST_IMPORTANT_FIRST, page, (value) =>
      params.add(value),
    );
  }

  page(page: PageRequest, kind: ReviewKind | null): Promise<ReviewQueueRow[]> {
    const params = new SqlParams();
    return this.manager.query(this.pageSql(page, kind, params), params.values);
  }
}
