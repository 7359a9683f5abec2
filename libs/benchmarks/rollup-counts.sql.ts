/**
 * Histogram buckets per unit of specificity: the rollups count specificity rounded to
 * hundredths (migration BenchmarkHistograms), so their percentiles are within 0.005 of
 * those over the exact values.
 */
export const SPECIFICITY_BUCKETS = 100;

/** The percentiles of specificity that benchmarks report, in the order they report them. */
const PERCENTILES = [0.1, 0.25, 0.5, 0.75, 0.9];

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
