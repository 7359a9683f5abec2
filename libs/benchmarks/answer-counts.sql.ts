/** What each benchmark row counts, over responses `r`. */
export interface AnswerCountsRow {
  yes: number;
  no: number;
  partial: number;
  notApplicable: number;
  notStated: number;
  total: number;
  boilerplateRate: number | null;
  /** Specificity at the 10th, 25th, 50th, 75th and 90th percentiles. */
  quantiles: number[] | null;
  meanSpecificity: number | null;
}

const HAS_TEXT = `r."hasText"`;

/**
 * Answer counts, the boilerplate rate (flagged responses among those with any text: a row
 * with no words is not judged) and the spread of specificity, as SQL select items.
 */
export const ANSWER_COUNTS_SQL = `
  count(*) FILTER (WHERE r."compliance" = 'yes')::int AS "yes",
  count(*) FILTER (WHERE r."compliance" = 'no')::int AS "no",
  count(*) FILTER (WHERE r."compliance" = 'partial')::int AS "partial",
  count(*) FILTER (WHERE r."compliance" = 'not_applicable')::int AS "notApplicable",
  count(*) FILTER (WHERE r."compliance" = 'not_stated')::int AS "notStated",
  count(*)::int AS "total",
  (count(*) FILTER (WHERE r."boilerplate" AND ${HAS_TEXT}))::float8
    / nullif(count(*) FILTER (WHERE ${HAS_TEXT}), 0) AS "boilerplateRate",
  percentile_cont(ARRAY[0.1, 0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY r."specificity") AS "quantiles",
  avg(r."specificity")::float8 AS "meanSpecificity"`;
