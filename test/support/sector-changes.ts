/* Random changes to a loaded sector, as writers make them, for tests that check what is
   derived from the base tables (the benchmark rollups) against a recount. */
import type { DataSource } from 'typeorm';
import { ReanalysisService } from '@chc/assessments/reanalysis.service';

/** A small deterministic generator, so a failing sequence can be replayed. */
export function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

async function pickAssessment(ds: DataSource, seed: number): Promise<string> {
  const [picked] = await ds.query<{ id: string }[]>(
    `SELECT "id" FROM "assessment" WHERE "supersededById" IS NULL AND "landlordId" IS NOT NULL ORDER BY md5("id"::text || $1::text) LIMIT 1`,
    [seed],
  );
  return picked!.id;
}

/**
 * Stores a copy of an assessment, as ingestion would from another document, `later` years
 * on, with one answer in three changed to no; a corrected copy supersedes the original.
 */
async function copyAssessment(ds: DataSource, id: string, later: number, supersede: boolean) {
  await ds.transaction(async (m) => {
    const [document] = await m.query<{ id: string }[]>(
      `INSERT INTO "source_document" ("source", "sha256", "mediaType", "size", "fetchedAt", "outcome", "warnings")
       SELECT d."source" || '#copy', encode(sha256(gen_random_uuid()::text::bytea), 'hex'), d."mediaType", d."size", d."fetchedAt", d."outcome", d."warnings"
       FROM "source_document" d JOIN "assessment" a ON a."documentId" = d."id" WHERE a."id" = $1 RETURNING "id"`,
      [id],
    );
    const [copy] = await m.query<{ id: string }[]>(
      `INSERT INTO "assessment" ("landlordId", "landlordNameInDocument", "documentId", "edition", "period", "periodKey", "completedOn", "year", "extractorVersion", "analysisVersion", "indices")
       SELECT "landlordId", "landlordNameInDocument", $2, "edition", "period", CASE WHEN $3::int = 0 THEN "periodKey" ELSE ("year" + $3::int)::text END, "completedOn" + make_interval(years => $3::int), "year" + $3::int, "extractorVersion", "analysisVersion", "indices" FROM "assessment" WHERE "id" = $1 RETURNING "id"`,
      [id, document!.id, later],
    );
    await m.query(
      `INSERT INTO "response" ("assessmentId", "provision", "provision2024", "compliance", "rawAnswer", "requirement", "evidence", "commentary", "hasText", "row", "boilerplate", "boilerplateScore", "specificity", "analysis")
       SELECT $2, "provision", "provision2024", CASE WHEN "row" % 3 = 0 THEN 'no' ELSE "compliance" END, "rawAnswer", "requirement", "evidence", "commentary", "hasText", "row", "boilerplate", "boilerplateScore", "specificity", "analysis"
       FROM "response" WHERE "assessmentId" = $1`,
      [id, copy!.id],
    );
    if (supersede) {
      await m.query(`UPDATE "assessment" SET "supersededById" = $2 WHERE "id" = $1`, [
        id,
        copy!.id,
      ]);
    }
  });
}

/** What writers do to the tables the benchmarks count, one random change at a time. */
export const SECTOR_CHANGES: [
  string,
  (dataSource: DataSource, next: () => number) => Promise<unknown>,
][] = [
  [
    'correct responses (compliance and specificity)',
    (ds, next) =>
      ds.query(
        `UPDATE "response" SET "compliance" = (ARRAY['yes','no','partial','not_applicable','not_stated'])[1 + floor($1::float8 * 5)::int],
           "specificity" = round(($1::float8 * 7)::numeric % 1, 2), "boilerplate" = NOT "boilerplate"
         WHERE "id" IN (SELECT "id" FROM "response" ORDER BY md5("id"::text || $1::text) LIMIT 40)`,
        [next()],
      ),
  ],
  [
    'supersede an assessment with a corrected copy',
    async (ds, next) => copyAssessment(ds, await pickAssessment(ds, next()), 0, true),
  ],
  [
    'ingest a later year of a landlord',
    async (ds, next) => copyAssessment(ds, await pickAssessment(ds, next()), 1, false),
  ],
  [
    'change landlords (kind, region, homes)',
    (ds, next) =>
      ds.query(
        `UPDATE "landlord" SET "homes" = ("homes" * 7 + 500) % 40000, "region" = CASE WHEN $1::float8 < 0.5 THEN 'London' ELSE "region" END,
           "kind" = CASE WHEN $1::float8 < 0.3 THEN 'housing_association' ELSE "kind" END
         WHERE "id" IN (SELECT "id" FROM "landlord" ORDER BY md5("id"::text || $1::text) LIMIT 4)`,
        [next()],
      ),
  ],
  [
    'link assessments to another landlord, or to none',
    (ds, next) =>
      ds.query(
        `UPDATE "assessment" SET "landlordId" = CASE WHEN $1::float8 < 0.4 THEN NULL ELSE (SELECT "id" FROM "landlord" ORDER BY md5("id"::text || $1::text) LIMIT 1) END
         WHERE "id" IN (SELECT "id" FROM "assessment" ORDER BY md5("id"::text || $1::text) LIMIT 3)`,
        [next()],
      ),
  ],
  [
    'correct assessment years',
    (ds, next) =>
      ds.query(
        `UPDATE "assessment" SET "year" = "year" + (CASE WHEN $1::float8 < 0.5 THEN -1 ELSE 1 END)
         WHERE "id" IN (SELECT "id" FROM "assessment" ORDER BY md5("id"::text || $1::text) LIMIT 3)`,
        [next()],
      ),
  ],
  [
    'delete responses',
    (ds, next) =>
      ds.query(
        `DELETE FROM "response" WHERE "id" IN (SELECT "id" FROM "response" ORDER BY md5("id"::text || $1::text) LIMIT 30)`,
        [next()],
      ),
  ],
  [
    'delete assessments',
    (ds, next) =>
      ds.query(
        `DELETE FROM "assessment" WHERE "id" IN (SELECT "id" FROM "assessment" ORDER BY md5("id"::text || $1::text) LIMIT 2)`,
        [next()],
      ),
  ],
  [
    'delete a landlord',
    (ds, next) =>
      ds.query(
        `DELETE FROM "landlord" WHERE "id" IN (SELECT "id" FROM "landlord" ORDER BY md5("id"::text || $1::text) LIMIT 1)`,
        [next()],
      ),
  ],
  ['re-analyse', (ds) => new ReanalysisService(ds).reanalyseCurrent()],
  ['compact', (ds) => ds.query('SELECT benchmark_compact()')],
];
