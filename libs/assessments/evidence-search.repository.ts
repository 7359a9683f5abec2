import type { EntityManager } from 'typeorm';
import { currentAssessmentsSql, SqlParams, type SectorFilter } from '../benchmarks/sector-filter';

export interface SearchHitRow {
  responseId: string;
  rank: number;
  headline: string;
  total: number;
}

/** Where a highlighted match starts and ends in a headline (characters no text contains). */
export const MATCH_START = '\u0001';
export const MATCH_END = '\u0002';

// The same expression as the GIN index IDX_response_text_search, so the index is used.
const DOCUMENT = `to_tsvector('english', r."evidence" || ' ' || r."commentary")`;

/** Full-text search over the evidence and commentary of current assessments. */
export class EvidenceSearchRepository {
  constructor(private readonly manager: EntityManager) {}

  search(
    text: string,
    filter: SectorFilter,
    offset: number,
    limit: number,
  ): Promise<SearchHitRow[]> {
    const params = new SqlParams();
    const current = currentAssessmentsSql(filter, params);
    const query = params.add(text);
    return this.manager.query(
      `WITH cur AS (${current}), q AS (SELECT websearch_to_tsquery('english', ${query}) AS q),
       hits AS (
         SELECT r."id", r."evidence", r."commentary", ts_rank(${DOCUMENT}, q.q) AS "rank", count(*) OVER ()::int AS "total"
         FROM "response" r JOIN cur ON cur."id" = r."assessmentId", q
         WHERE ${DOCUMENT} @@ q.q
         ORDER BY "rank" DESC, r."id" LIMIT ${params.add(limit)} OFFSET ${params.add(offset)})
       SELECT hits."id" AS "responseId", hits."rank", hits."total",
         ts_headline('english', hits."evidence" || ' ' || hits."commentary", q.q,
           'StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=40, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "') AS "headline"
       FROM hits, q ORDER BY hits."rank" DESC, hits."id"`,
      params.values,
    );
  }

  /** How many answers match, for a page past the end (which has no row to carry the total). */
  async count(text: string, filter: SectorFilter): Promise<number> {
    const params = new SqlParams();
    const current = currentAssessmentsSql(filter, params);
    const [row] = await this.manager.query<{ total: number }[]>(
      `WITH cur AS (${current})
       SELECT count(*)::int AS "total" FROM "response" r JOIN cur ON cur."id" = r."assessmentId"
       WHERE ${DOCUMENT} @@ websearch_to_tsquery('english', ${params.add(text)})`,
      params.values,
    );
    return row!.total;
  }
}
