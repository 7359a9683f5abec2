/**
 * Histogram buckets per unit of specificity: the rollups count specificity rounded to
 * hundredths (migration BenchmarkHistograms), so their percentiles are within 0.005 of
 * those over the exact values.
 */
export const SPECIFICITY_BUCKETS = 100;

/** The percentiles of specificity that benchmarks report, in the order they report them. */
const PERCENTILES = [0.1, 0.25, 0.5, 0.75, 0.9];

/** Where the median is in ROLLUP_COUNTS_SQL's "quantiles" (SQL arrays count from 1). */
export const MEDIAN_QUANTILE = PERCENTILES.indexOf(0.5) + 1;

/** The count columns of a rollup row, that a group's rows are summed over. */
export const ROLLUP_COUNT_COLUMNS = [
  'yes',
  'no',
  'partial',
  'notApplicable',
  'notStated',
  'judged',
  'boilerplate',
  'specificitySum',
] as const;

/**
 * The CTEs `counts` (rows summed per provision and bucket) and `h` (the histogram that
 * ROLLUP_COUNTS_SQL reads, empty buckets left out) over `rows`: a relation with the columns
 * "provision", "bucket" and ROLLUP_COUNT_COLUMNS, such as rollup rows of one group.
 */
export function rollupHistogramSql(rows: string): string {
  const sums = ROLLUP_COUNT_COLUMNS.map((c) => `sum(g."${c}") AS "${c}"`).join(', ');
  return `counts AS (
      SELECT g."provision", g."bucket", ${sums},
        sum(g."yes" + g."no" + g."partial" + g."notApplicable" + g."notStated") AS "n"
      FROM (${rows}) g
      GROUP BY g."provision", g."bucket"),
    h AS (
      SELECT c.*, c."bucket" / ${SPECIFICITY_BUCKETS}::float8 AS "specificity",
        (sum(c."n") OVER (PARTITION BY c."provision" ORDER BY c."bucket"))::bigint AS "upto",
        (sum(c."n") OVER (PARTITION BY c."provision"))::bigint AS "total"
      FROM counts c WHERE c."n" > 0)`;
}

/**
 * Answer counts per provision from the rollups' histogram rows `h` (one row per provision
 * and rounded specificity, with the running count `upto`, the provision's count `total` and
 * the exact `specificitySum`), as SQL select items named like ANSWER_COUNTS_SQL. The
 * percentiles are PostgreSQL's percentile_cont computed the way it computes them (the two
 * order statistics around p × (n − 1), interpolated), so they equal it over the rounded
 * specificities; the mean is exact.
 */
export const ROLLUP_COUNTS_SQL = `
  sum(h."yes")::int AS "yes",
  sum(h."no")::int AS "no",
  sum(h."partial")::int AS "partial",
  sum(h."notApplicable")::int AS "notApplicable",
  sum(h."notStated")::int AS "notStated",
  sum(h."n")::int AS "total",
  sum(h."boilerplate")::float8 / nullif(sum(h."judged"), 0) AS "boilerplateRate",
  ARRAY[${PERCENTILES.map((p) => {
    const at = `${p}::float8 * (max(h."total") - 1)`;
    const nth = (round: string) =>
      `min(h."specificity"::float8) FILTER (WHERE h."upto" > ${round}(${p}::float8 * (h."total" - 1)))`;
    return `${nth('floor')} + ((${at} - floor(${at})) * (${nth('ceil')} - ${nth('floor')}))`;
  }).join(', ')}] AS "quantiles",
  sum(h."specificitySum") / sum(h."n") AS "meanSpecificity"`;
