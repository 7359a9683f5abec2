/* The SQL of migration BenchmarkRollups1796400000000: benchmark rollups kept by statement-level
   triggers, so that every writer (ingest, supersede, re-analysis, corrections, landlord
   imports and links, deletes, truncates) keeps them right without calling anything.
   Frozen with the migration: change them in a new migration. */

const SIZE_BAND = `(CASE WHEN l."homes" >= 30000 THEN 'very_large' WHEN l."homes" >= 10000 THEN 'large' WHEN l."homes" >= 1000 THEN 'medium' WHEN l."homes" >= 0 THEN 'small' END)`;

const COUNT_COLUMNS = `"yes", "no", "partial", "notApplicable", "notStated", "judged", "boilerplate"`;

const GROUP_COLUMNS = `"sector", "year", "edition", "kind", "region", "sizeBand", "above", "provision", "specificity"`;

/** Sums of the count columns of `g`, and whether any is not zero. */
const SUMS = COUNT_COLUMNS.split(', ')
  .map((c) => `sum(g.${c})::int`)
  .join(', ');
const ANY_NOT_ZERO = COUNT_COLUMNS.split(', ')
  .map((c) => `sum(g.${c}) <> 0`)
  .join(' OR ');

export const ROLLUP_FUNCTIONS = [
  // Only the columns the counts read, with the sign of the change.
  `CREATE TYPE benchmark_part AS ("sign" int, "assessmentId" uuid, "id" uuid, "provision2024" text, "compliance" text, "boilerplate" boolean, "hasText" boolean, "specificity" real)`,
  `CREATE TYPE benchmark_slot_row AS ("assessmentId" uuid, "key" uuid, "landlordId" uuid, "year" integer, "edition" text, "kind" text, "region" text, "sizeBand" text, "above" text[])`,
  // Signed answer counts, one answer per slot and 2024 provision (the least met where 2022
  // provisions merged), by group and exact specificity: once by landlord kind, region and
  // size band, once for the whole sector.
  `CREATE FUNCTION benchmark_add_answers(parts benchmark_part[]) RETURNS void LANGUAGE sql AS $$
    WITH p AS (SELECT * FROM unnest(parts) WHERE "provision2024" IS NOT NULL),
    answers AS (
      SELECT p.* FROM p JOIN benchmark_slot s ON s."assessmentId" = p."assessmentId" WHERE s."edition" IS DISTINCT FROM '2022'
      UNION ALL
      (SELECT DISTINCT ON (p."sign", p."assessmentId", p."provision2024") p.* FROM p JOIN benchmark_slot s ON s."assessmentId" = p."assessmentId" WHERE s."edition" = '2022'
       ORDER BY p."sign", p."assessmentId", p."provision2024", CASE p."compliance" WHEN 'no' THEN 0 WHEN 'partial' THEN 1 WHEN 'yes' THEN 2 WHEN 'not_applicable' THEN 3 ELSE 4 END, p."specificity", p."boilerplate" DESC)),
    g AS (
      SELECT s."year", s."edition", s."kind", s."region", s."sizeBand", s."above", a."provision2024" AS "provision", a."specificity",
        coalesce(sum(a."sign") FILTER (WHERE a."compliance" = 'yes'), 0) AS "yes",
        coalesce(sum(a."sign") FILTER (WHERE a."compliance" = 'no'), 0) AS "no",
        coalesce(sum(a."sign") FILTER (WHERE a."compliance" = 'partial'), 0) AS "partial",
        coalesce(sum(a."sign") FILTER (WHERE a."compliance" = 'not_applicable'), 0) AS "notApplicable",
        coalesce(sum(a."sign") FILTER (WHERE a."compliance" NOT IN ('yes', 'no', 'partial', 'not_applicable')), 0) AS "notStated",
        coalesce(sum(a."sign") FILTER (WHERE a."hasText"), 0) AS "judged",
        coalesce(sum(a."sign") FILTER (WHERE a."hasText" AND a."boilerplate"), 0) AS "boilerplate"
      FROM answers a JOIN benchmark_slot s ON s."assessmentId" = a."assessmentId"
      GROUP BY 1, 2, 3, 4, 5, 6, 7, 8)
    INSERT INTO benchmark_answer_count (${GROUP_COLUMNS}, ${COUNT_COLUMNS})
    SELECT false, g."year", g."edition", g."kind", g."region", g."sizeBand", g."above", g."provision", g."specificity", ${SUMS}
      FROM g GROUP BY 2, 3, 4, 5, 6, 7, 8, 9 HAVING ${ANY_NOT_ZERO}
    UNION ALL
    SELECT true, g."year", g."edition", NULL, NULL, NULL, g."above", g."provision", g."specificity", ${SUMS}
      FROM g GROUP BY 2, 3, 7, 8, 9 HAVING ${ANY_NOT_ZERO}
  $$`,
  // Signed per-assessment totals (every response, as the sector summary counts them).
  `CREATE FUNCTION benchmark_add_totals(parts benchmark_part[]) RETURNS void LANGUAGE sql AS $$
    UPDATE benchmark_slot s SET "yes" = s."yes" + d."yes", "gaps" = s."gaps" + d."gaps", "stated" = s."stated" + d."stated",
      "boilerplate" = s."boilerplate" + d."boilerplate", "judged" = s."judged" + d."judged"
    FROM (SELECT "assessmentId",
        coalesce(sum("sign") FILTER (WHERE "compliance" = 'yes'), 0) AS "yes",
        coalesce(sum("sign") FILTER (WHERE "compliance" IN ('no', 'partial')), 0) AS "gaps",
        coalesce(sum("sign") FILTER (WHERE "compliance" IN ('yes', 'no', 'partial')), 0) AS "stated",
        coalesce(sum("sign") FILTER (WHERE "boilerplate" AND "hasText"), 0) AS "boilerplate",
        coalesce(sum("sign") FILTER (WHERE "hasText"), 0) AS "judged"
      FROM unnest(parts) GROUP BY 1) d
    WHERE s."assessmentId" = d."assessmentId"
  $$`,
  // Adds (sign 1) or takes away (sign -1) everything the slots of these assessments count.
  `CREATE FUNCTION benchmark_count_slots(ids uuid[], sign int) RETURNS void LANGUAGE plpgsql AS $$
    DECLARE parts benchmark_part[];
    BEGIN
      IF cardinality(ids) = 0 THEN RETURN; END IF;
      parts := ARRAY(SELECT ROW(sign, r."assessmentId", r."id", r."provision2024", r."compliance", r."boilerplate", r."hasText", r."specificity")::benchmark_part
        FROM "response" r WHERE r."assessmentId" = ANY(ids));
      PERFORM benchmark_add_answers(parts);
      PERFORM benchmark_add_totals(parts);
    END $$`,
  // Recomputes the slots of these landlords (or unmatched assessments): what is no longer a
  // slot, or is counted under another group, is taken away; what is new is added.
  `CREATE FUNCTION benchmark_refresh(keys uuid[]) RETURNS void LANGUAGE plpgsql AS $$
    DECLARE wanted benchmark_slot_row[]; gone uuid[]; came benchmark_slot_row[];
    BEGIN
      IF keys IS NULL OR cardinality(keys) = 0 THEN RETURN; END IF;
      wanted := ARRAY(
        WITH tops AS (
          SELECT DISTINCT ON (coalesce(a."landlordId", a."id"), a."year", a."edition") a."id", coalesce(a."landlordId", a."id") AS "key",
            a."landlordId", a."year", a."edition", a."periodEnd", a."completedOn", a."createdAt"
          FROM "assessment" a
          WHERE (a."landlordId" = ANY(keys) OR (a."landlordId" IS NULL AND a."id" = ANY(keys)))
            AND a."supersededById" IS NULL AND (a."indices"->>'responses')::int > 0
          ORDER BY coalesce(a."landlordId", a."id"), a."year", a."edition", a."year" DESC NULLS LAST, a."periodEnd" DESC NULLS LAST, a."completedOn" DESC NULLS LAST, a."createdAt" DESC, a."id" DESC),
        ranked AS (
          SELECT t.*, array_agg(coalesce(t."year"::text, '') || '/' || coalesce(t."edition", '')) OVER (PARTITION BY t."key"
            ORDER BY t."year" DESC NULLS LAST, t."periodEnd" DESC NULLS LAST, t."completedOn" DESC NULLS LAST, t."createdAt" DESC, t."id" DESC
            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS "above"
          FROM tops t)
        SELECT ROW(r."id", r."key", r."landlordId", r."year", r."edition", l."kind"::text, l."region", ${SIZE_BAND},
          ARRAY(SELECT x FROM unnest(coalesce(r."above", '{}')) x ORDER BY x))::benchmark_slot_row
        FROM ranked r LEFT JOIN "landlord" l ON l."id" = r."landlordId");
      gone := ARRAY(SELECT s."assessmentId" FROM benchmark_slot s
        WHERE (s."key" = ANY(keys) OR s."assessmentId" IN (SELECT w."assessmentId" FROM unnest(wanted) w))
          AND NOT EXISTS (SELECT 1 FROM unnest(wanted) w WHERE w."assessmentId" = s."assessmentId"
            AND ROW(w."key", w."landlordId", w."year", w."edition", w."kind", w."region", w."sizeBand", w."above")
              IS NOT DISTINCT FROM ROW(s."key", s."landlordId", s."year", s."edition", s."kind", s."region", s."sizeBand", s."above")));
      came := ARRAY(SELECT w FROM unnest(wanted) w WHERE NOT EXISTS (SELECT 1 FROM benchmark_slot s
        WHERE s."assessmentId" = w."assessmentId" AND NOT s."assessmentId" = ANY(gone)));
      PERFORM benchmark_count_slots(gone, -1);
      DELETE FROM benchmark_slot WHERE "assessmentId" = ANY(gone);
      INSERT INTO benchmark_slot ("assessmentId", "key", "landlordId", "year", "edition", "kind", "region", "sizeBand", "above")
        SELECT * FROM unnest(came);
      PERFORM benchmark_count_slots(ARRAY(SELECT c."assessmentId" FROM unnest(came) c), 1);
    END $$`,
  // Changed responses: the counts of each (assessment, 2024 provision) they touch, before
  // (the rows now, less the new versions, plus the old) and after (the rows now).
  `CREATE FUNCTION benchmark_apply_responses(before benchmark_part[], after benchmark_part[]) RETURNS void LANGUAGE plpgsql AS $$
    DECLARE parts benchmark_part[];
    BEGIN
      IF cardinality(before) = 0 AND cardinality(after) = 0 THEN RETURN; END IF;
      parts := ARRAY(
        WITH changed AS (SELECT * FROM unnest(before) UNION ALL SELECT * FROM unnest(after)),
        pairs AS (SELECT DISTINCT "assessmentId", "provision2024" FROM changed WHERE "provision2024" IS NOT NULL),
        now AS (SELECT r."assessmentId", r."id", r."provision2024", r."compliance", r."boilerplate", r."hasText", r."specificity"
          FROM "response" r JOIN pairs p ON p."assessmentId" = r."assessmentId" AND p."provision2024" = r."provision2024")
        SELECT ROW(1, n.*)::benchmark_part FROM now n
        UNION ALL
        SELECT ROW(-1, n.*)::benchmark_part FROM now n WHERE n."id" NOT IN (SELECT a."id" FROM unnest(after) a)
        UNION ALL
        SELECT b FROM unnest(before) b WHERE b."provision2024" IS NOT NULL);
      PERFORM benchmark_add_answers(parts);
      PERFORM benchmark_add_totals(before || after);
    END $$`,
  `CREATE FUNCTION benchmark_responses_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE before benchmark_part[] := '{}'; after benchmark_part[] := '{}'; changed uuid[];
    BEGIN
      IF TG_OP = 'UPDATE' THEN
        -- Only rows whose counted columns changed.
        changed := ARRAY(SELECT n."id" FROM old_rows o JOIN new_rows n ON n."id" = o."id"
          WHERE ROW(o."assessmentId", o."provision2024", o."compliance", o."boilerplate", o."hasText", o."specificity")
            IS DISTINCT FROM ROW(n."assessmentId", n."provision2024", n."compliance", n."boilerplate", n."hasText", n."specificity"));
      END IF;
      IF TG_OP = 'INSERT' OR cardinality(changed) > 0 THEN
        after := ARRAY(SELECT ROW(1, n."assessmentId", n."id", n."provision2024", n."compliance", n."boilerplate", n."hasText", n."specificity")::benchmark_part
          FROM new_rows n WHERE n."assessmentId" IN (SELECT "assessmentId" FROM benchmark_slot) AND (changed IS NULL OR n."id" = ANY(changed)));
      END IF;
      IF TG_OP = 'DELETE' OR cardinality(changed) > 0 THEN
        before := ARRAY(SELECT ROW(-1, o."assessmentId", o."id", o."provision2024", o."compliance", o."boilerplate", o."hasText", o."specificity")::benchmark_part
          FROM old_rows o WHERE o."assessmentId" IN (SELECT "assessmentId" FROM benchmark_slot) AND (changed IS NULL OR o."id" = ANY(changed)));
      END IF;
      PERFORM benchmark_apply_responses(before, after);
      RETURN NULL;
    END $$`,
  `CREATE FUNCTION benchmark_assessments_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        PERFORM benchmark_refresh(ARRAY(SELECT DISTINCT coalesce(n."landlordId", n."id") FROM new_rows n));
      ELSIF TG_OP = 'DELETE' THEN
        PERFORM benchmark_refresh(ARRAY(SELECT DISTINCT coalesce(o."landlordId", o."id") FROM old_rows o));
      ELSE
        PERFORM benchmark_refresh(ARRAY(SELECT DISTINCT k FROM old_rows o JOIN new_rows n ON n."id" = o."id",
          LATERAL (VALUES (coalesce(o."landlordId", o."id")), (coalesce(n."landlordId", n."id"))) v(k)
          WHERE ROW(o."landlordId", o."year", o."edition", o."supersededById", o."periodEnd", o."completedOn", o."createdAt", o."indices"->>'responses')
            IS DISTINCT FROM ROW(n."landlordId", n."year", n."edition", n."supersededById", n."periodEnd", n."completedOn", n."createdAt", n."indices"->>'responses')));
      END IF;
      RETURN NULL;
    END $$`,
  // A deleted assessment's responses are gone (cascaded) before any statement-level trigger
  // fires, and the response trigger fires after the assessment's: take its counts away while
  // its responses are still there.
  `CREATE FUNCTION benchmark_assessment_deleting() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF EXISTS (SELECT 1 FROM benchmark_slot WHERE "assessmentId" = OLD."id") THEN
        PERFORM benchmark_count_slots(ARRAY[OLD."id"], -1);
        DELETE FROM benchmark_slot WHERE "assessmentId" = OLD."id";
      END IF;
      RETURN OLD;
    END $$`,
  `CREATE FUNCTION benchmark_landlords_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'DELETE' THEN
        PERFORM benchmark_refresh(ARRAY(SELECT o."id" FROM old_rows o));
      ELSE
        PERFORM benchmark_refresh(ARRAY(SELECT n."id" FROM old_rows o JOIN new_rows n ON n."id" = o."id"
          WHERE ROW(o."kind"::text, o."region", ${SIZE_BAND.replace(/l\./g, 'o.')}) IS DISTINCT FROM ROW(n."kind"::text, n."region", ${SIZE_BAND.replace(/l\./g, 'n.')})));
      END IF;
      RETURN NULL;
    END $$`,
  // Everything again from the base tables: the backfill, and after a TRUNCATE (which has no
  // transition tables).
  `CREATE FUNCTION benchmark_rebuild() RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
      DELETE FROM benchmark_answer_count;
      DELETE FROM benchmark_slot;
      PERFORM benchmark_refresh(ARRAY(SELECT DISTINCT coalesce("landlordId", "id") FROM "assessment"));
    END $$`,
  `CREATE FUNCTION benchmark_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN PERFORM benchmark_rebuild(); RETURN NULL; END $$`,
  // Merges the signed changes of the groups that have any into one row per group and
  // specificity; readers sum either way. Only inserts race with it, and it deletes only the
  // committed rows it read, so it may run beside writers.
  `CREATE FUNCTION benchmark_compact() RETURNS void LANGUAGE sql AS $$
    WITH touched AS (SELECT DISTINCT "sector", "year", "edition", "kind", "region", "sizeBand", "above", "provision" FROM benchmark_answer_count WHERE NOT "merged"),
    g AS (DELETE FROM benchmark_answer_count t USING touched x
      WHERE t."sector" = x."sector" AND t."provision" = x."provision" AND t."above" = x."above"
        AND ROW(t."year", t."edition", t."kind", t."region", t."sizeBand") IS NOT DISTINCT FROM ROW(x."year", x."edition", x."kind", x."region", x."sizeBand")
      RETURNING t.*)
    INSERT INTO benchmark_answer_count ("merged", ${GROUP_COLUMNS}, ${COUNT_COLUMNS})
    SELECT true, ${GROUP_COLUMNS.split(', ')
      .map((c) => `g.${c}`)
      .join(', ')}, ${SUMS} FROM g GROUP BY ${GROUP_COLUMNS.split(', ')
      .map((c) => `g.${c}`)
      .join(', ')} HAVING ${ANY_NOT_ZERO}
  $$`,
];

const TRIGGERS: [table: string, fn: string, events: [string, string][]][] = [
  [
    'response',
    'benchmark_responses_changed',
    [
      ['INSERT', 'NEW TABLE AS new_rows'],
      ['UPDATE', 'OLD TABLE AS old_rows NEW TABLE AS new_rows'],
      ['DELETE', 'OLD TABLE AS old_rows'],
    ],
  ],
  [
    'assessment',
    'benchmark_assessments_changed',
    [
      ['INSERT', 'NEW TABLE AS new_rows'],
      ['UPDATE', 'OLD TABLE AS old_rows NEW TABLE AS new_rows'],
      ['DELETE', 'OLD TABLE AS old_rows'],
    ],
  ],
  [
    'landlord',
    'benchmark_landlords_changed',
    [
      ['UPDATE', 'OLD TABLE AS old_rows NEW TABLE AS new_rows'],
      ['DELETE', 'OLD TABLE AS old_rows'],
    ],
  ],
];

export const ROLLUP_TRIGGERS = [
  `CREATE TRIGGER "benchmark_deleting" BEFORE DELETE ON "assessment" FOR EACH ROW EXECUTE FUNCTION benchmark_assessment_deleting()`,
  ...TRIGGERS.flatMap(([table, fn, events]) =>
    events.map(
      ([event, referencing]) =>
        `CREATE TRIGGER "benchmark_${event.toLowerCase()}" AFTER ${event} ON "${table}" REFERENCING ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
    ),
  ),
  ...TRIGGERS.map(
    ([table]) =>
      `CREATE TRIGGER "benchmark_truncate" AFTER TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION benchmark_truncated()`,
  ),
];

export const DROP_ROLLUPS = [
  'DROP TRIGGER "benchmark_deleting" ON "assessment"',
  ...TRIGGERS.flatMap(([table, , events]) => [
    ...events.map(([event]) => `DROP TRIGGER "benchmark_${event.toLowerCase()}" ON "${table}"`),
    `DROP TRIGGER "benchmark_truncate" ON "${table}"`,
  ]),
  ...[
    'benchmark_truncated()',
    'benchmark_landlords_changed()',
    'benchmark_assessment_deleting()',
    'benchmark_assessments_changed()',
    'benchmark_responses_changed()',
    'benchmark_compact()',
    'benchmark_rebuild()',
    'benchmark_apply_responses(benchmark_part[], benchmark_part[])',
    'benchmark_refresh(uuid[])',
    'benchmark_count_slots(uuid[], int)',
    'benchmark_add_totals(benchmark_part[])',
    'benchmark_add_answers(benchmark_part[])',
  ].map((fn) => `DROP FUNCTION ${fn}`),
  'DROP TYPE benchmark_slot_row',
  'DROP TYPE benchmark_part',
];
