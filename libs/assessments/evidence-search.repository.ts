import type { EntityManager } from 'typeorm';
import { keysetPageSql, type KeysetRow, type SortKey } from '../graphql/keyset';
import type { PageRequest } from '../graphql/page-request';
import { currentAssessmentsSql, SqlParams, type SectorFilter } from '../benchmarks/sector-filter';

export interface SearchHitRow {
  responseId: string;
  rank: number;
  headline: string;
}

/** Where a highlighted match starts and ends in a headline (characters no text contains). */
export const MATCH_START = '\u0001';
export const MATCH_END = '\u0002';

// The same expression as the GIN index IDX_response_text_search, so the index is used.
const DOCUMENT = `to_tsvector('english', r."evidence" || ' ' || r."commentary")`;

const BEST_FIRST: readonly SortKey[] = [
  { sql: '"rank"', type: 'double precision', descending: true },
  { sql: '"id"', type: 'uuid' },
];

/** Full-text search over the evidence and commentary of current assessments. */
export class EvidenceSearchRepository {
  constructor(private readonly manager: EntityManager) {}

  search(
    text: string,
    filter: SectorFilter,
    page: PageRequest,
  ): Promise<(SearchHitRow & KeysetRow)[]> {
    const params = new SqlParams();
    const current = currentAssessmentsSql(filter, params);
    const query = params.add(text);
    // The page is cut from the ranked hits first, so only its rows get a headline.
    const hits = keysetPageSql(
      `SELECT r."id", r."evidence", r."commentary", ts_rank(${DOCUMENT}, q.q)::double precision AS "rank"
       FROM "response" r JOIN cur ON cur."id" = r."assessmentId", q
       WHERE ${DOCUMENT} @@ q.q`,
      BEST_FIRST,
      page,
      (value) => params.add(value),
    );
    return this.manager.query(
      `WITH cur AS (${current}), q AS (SELECT websearch_to_tsquery('english', ${query}) AS q),
       hits AS (${hits})
       SELECT hits."id" AS "responseId", hits."rank", hits."page_keys", hits."page_total",
         hits."page_rows_before", hits."page_rows_after", hits."page_index",
         CASE WHEN hits."id" IS NULL THEN NULL ELSE ts_headline('english', hits."evidence" || ' ' || hits."commentary", q.q,
           'StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=40, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "') END AS "headline"
       FROM hits, q`,
      params.values,
    );
  }
}
