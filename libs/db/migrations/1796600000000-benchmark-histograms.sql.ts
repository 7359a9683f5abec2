/* The SQL of migration BenchmarkHistograms1796600000000: the rollups' answer counts keyed by
   specificity rounded to hundredths (a bounded histogram) instead of its exact value, kept
   at five levels (the whole sector; by landlord kind, by region, by size band; by all
   three), so a benchmark reads at most 101 rows per provision and group whatever the
   sector's size. Frozen with the migration: change them in a new migration. */

const COUNT_COLUMNS = `"yes", "no", "partial", "notApplicable", "notStated", "judged", "boilerplate", "specificitySum"`;

const GROUP_COLUMNS = `"level", "year", "edition", "kind", "region", "sizeBand", "above", "provision", "bucket"`;

const columns = (list: string, alias: string) =>
  list
    .split(', ')
    .map((c) => `${alias}.${c}`)
    .join(', ');

/** Sums of the count columns of `g` (the exact specificity sum as it is), and whether any is not zero. */
const SUMS = COUNT_COLUMNS.split(', ')
  .map((c) => (c === '"specificitySum"' ? `sum(g.${c})` : `sum(g.${c})::int`))
  .join(', ');
const ANY_NOT_ZERO = COUNT_COLUMNS.split(', ')
  .map((c) => `sum(g.${c}) <> 0`)
  .join(' OR ');

const NULLABLE_COLUMNS = ['year', 'edition', 'kind', 'region', 'sizeBand'];
const NULLABLE = (alias: string) => NULLABLE_COLUMNS.map((c) => `${alias}."${c}"`).join(', ');
const HASHED_NULLABLE = NULLABLE_COLUMNS.map((c) => {
  const none = c === 'year' ? '-1' : `''`;
  return `coalesce(t."${c}", ${none}) = coalesce(x."${c}", ${none})`;
}).join(' AND ');

/** The histogram bucket of a specificity: hundredths, rounded (0–100). */
export const SPECIFICITY_BUCKET = (column: string) => `round(${column}::float8 * 100)::smallint`;

/** A level with the landlord dimensions it keeps (the others are NULL). */
export type HistogramLevel = [level: string, kept: string[]];

/** The levels this migration keeps. */
export const HISTOGRAM_LEVELS: HistogramLevel[] = [
  ['group', ['kind', 'region', 'sizeBand']],
  ['kind', ['kind']],
  ['region', ['region']],
  ['sizeBand', ['sizeBand']],
  ['sector', []],
];

const atLevels = (levels: HistogramLevel[]) =>
  levels
    .map(([level, kept]) => {
      const dimensions = ['kind', 'region', 'sizeBand'].map((d) =>
        kept.includes(d) ? `g."${d}"` : 'NULL',
      );
      const grouped = ['year', 'edition', ...kept, 'above', 'provision', 'bucket']
        .map((c) => `g."${c}"`)
        .join(', ');
      return `SELECT '${level}', g."year", g."edition", ${dimensions.join(', ')}, g."above", g."provision", g."bucket", ${SUMS}
      FROM g GROUP BY ${grouped} HAVING ${ANY_NOT_ZERO}`;
    })
    .join('\n    UNION ALL\n    ');

/**
 * Signed answer counts, one answer per slot and 2024 provision (the least met where 2022
 * provisions merged), by group and specificity bucket, at each of these levels.
 */
export const addAnswersFunction = (levels: HistogramLevel[]) =>
  `CREATE OR REPLACE FUNCTION benchmark_add_answers(parts benchmark_part[]) RETURNS void LANGUAGE sql AS $$
    WITH p AS (SELECT * FROM unnest(parts) WHERE "provision2024" IS NOT NULL),
    answers AS (
      SELECT p.* FROM p JOIN benchmark_slot s ON s."assessmentId" = p."assessmentId" WHERE s."edition" IS DISTINCT FROM '2022'
      UNION ALL
      (SELECT DISTINCT ON (p."sign", p."assessmentId", p."provision2024") p.* FROM p JOIN benchmark_slot s ON s."assessmentId" = p."assessmentId" WHERE s."edition" = '2022'
       ORDER BY p."sign", p."assessmentId", p."provision2024", CASE p."compliance" WHEN 'no' THEN 0 WHEN 'partial' THEN 1 WHEN 'yes' THEN 2 WHEN 'not_applicable' THEN 3 ELSE 4 END, p."specificity", p."boilerplate" DESC)),
    g AS (
      SELECT s."year", s."edition", s."kind", s."region", s."sizeBand", s."above", a."provision2024" AS "provision",
        ${SPECIFICITY_BUCKET('a."specificity"')} AS "bucket",
        coalesce(sum(a."sign") FILTER (WHERE a."compliance" = 'yes'), 0) AS "yes",
        coalesce(sum(a."sign") FILTER (WHERE a."compliance" = 'no'), 0) AS "no",
        coalesce(sum(a."sign") FILTER (WHERE a."compliance" = 'partial'), 0) AS "partial",
        coalesce(sum(a."sign") FILTER (WHERE a."compliance" = 'not_applicable'), 0) AS "notApplicable",
        coalesce(sum(a."sign") FILTER (WHERE a."compliance" NOT IN ('yes', 'no', 'partial', 'not_applicable')), 0) AS "notStated",
        coalesce(sum(a."sign") FILTER (WHERE a."hasText"), 0) AS "judged",
        coalesce(sum(a."sign") FILTER (WHERE a."hasText" AND a."boilerplate"), 0) AS "boilerplate",
        coalesce(sum(a."sign" * a."specificity"::float8), 0) AS "specificitySum"
      FROM answers a JOIN benchmark_slot s ON s."assessmentId" = a."assessmentId"
      GROUP BY 1, 2, 3, 4, 5, 6, 7, 8)
    INSERT INTO benchmark_answer_count (${GROUP_COLUMNS}, ${COUNT_COLUMNS})
    ${atLevels(levels)}
  $$`;

export const HISTOGRAM_FUNCTIONS = [
  addAnswersFunction(HISTOGRAM_LEVELS),
  // Merges the signed changes into one row per group and bucket, touching only the groups
  // and buckets that have changes; readers sum either way. The nullable columns are also
  // compared with NULL made a value, so the join hashes on every column (with only the
  // NOT DISTINCT test it hashed on four and compared the rest pair by pair: minutes for a
  // rebuild). Only inserts race with it, and
  // it deletes only the committed rows it read, so it may run beside writers.
  `CREATE OR REPLACE FUNCTION benchmark_compact() RETURNS void LANGUAGE sql AS $$
    WITH touched AS (SELECT DISTINCT ${GROUP_COLUMNS} FROM benchmark_answer_count WHERE NOT "merged"),
    g AS (DELETE FROM benchmark_answer_count t USING touched x
      WHERE t."level" = x."level" AND t."provision" = x."provision" AND t."bucket" = x."bucket" AND t."above" = x."above"
        AND ${HASHED_NULLABLE} AND ROW(${NULLABLE('t')}) IS NOT DISTINCT FROM ROW(${NULLABLE('x')})
      RETURNING t.*)
    INSERT INTO benchmark_answer_count ("merged", ${GROUP_COLUMNS}, ${COUNT_COLUMNS})
    SELECT true, ${columns(GROUP_COLUMNS, 'g')}, ${SUMS} FROM g GROUP BY ${columns(GROUP_COLUMNS, 'g')} HAVING ${ANY_NOT_ZERO}
  $$`,
];

// Reads look groups up by level and slots above; compaction by those, provision and bucket.
export const HISTOGRAM_INDEXES = [
  `CREATE INDEX "IDX_benchmark_answer_count_level_above" ON "benchmark_answer_count" ("level", "above", "provision", "bucket")`,
  `CREATE INDEX "IDX_benchmark_answer_count_level_year" ON "benchmark_answer_count" ("level", "year")`,
];

export const DROP_HISTOGRAM_INDEXES = [
  `DROP INDEX "public"."IDX_benchmark_answer_count_level_year"`,
  `DROP INDEX "public"."IDX_benchmark_answer_count_level_above"`,
];

export const CLUSTER_ROLLUPS = [
  `CLUSTER "benchmark_answer_count" USING "IDX_benchmark_answer_count_level_above"`,
  `CLUSTER "benchmark_slot" USING "PK_add70f946985e6a9000ae76ca1e"`,
  `ANALYZE "benchmark_answer_count"`,
  `ANALYZE "benchmark_slot"`,
];
