import type { DataSource } from 'typeorm';
import { BenchmarksRepository } from '@chc/benchmarks/benchmarks.repository';
import { SectorRepository } from '@chc/benchmarks/sector.repository';
import { currentAssessmentsSql, SqlParams, type SectorFilter } from '@chc/benchmarks';
import { COUNTED_COLUMNS, oneAnswerPerProvisionSql } from '@chc/benchmarks/one-answer.sql';
import { loadSyntheticSector } from '../../bench/support/load-sector';
import { random, SECTOR_CHANGES } from '../support/sector-changes';
import { withScratchStore } from '../support/scratch-store';

const FILTERS: SectorFilter[] = [
  {},
  { years: [2024] },
  { years: [2023, 2025] },
  { editions: ['2022'] },
  { editions: ['2024'], years: [2024, 2025] },
  { kinds: ['housing_association'] },
  { kinds: ['local_authority'], sizeBands: ['large', 'medium'] },
  { regions: ['London', 'North West'], years: [2025] },
  { regions: ['London'] },
  { kinds: ['housing_association'], regions: ['London'] },
  { regions: ['North West', 'London'], sizeBands: ['small', 'medium'], years: [2024] },
  { sizeBands: ['small', 'very_large'], editions: ['2024'] },
  { kinds: ['local_authority'], regions: ['London', 'North West'], sizeBands: ['large'] },
];

const close = (a: number | null, b: number | null, within = 1e-9) =>
  a === null || b === null ? a === b : Math.abs(a - b) < within;

/** Half a hundredth: how far rounding specificity to hundredths may move a percentile. */
const RESOLUTION = 0.005 + 1e-6;

/** Specificity percentiles per provision, recounted over specificity rounded to hundredths. */
async function roundedQuantiles(dataSource: DataSource, filter: SectorFilter) {
  const params = new SqlParams();
  const rows = await dataSource.query<{ provision: string; quantiles: number[] }[]>(
    `WITH cur AS (${currentAssessmentsSql(filter, params)})
     SELECT r."provision2024" AS "provision", percentile_cont(ARRAY[0.1, 0.25, 0.5, 0.75, 0.9])
       WITHIN GROUP (ORDER BY round(r."specificity"::float8 * 100) / 100) AS "quantiles"
     FROM (${oneAnswerPerProvisionSql('cur', COUNTED_COLUMNS)}) r GROUP BY 1`,
    params.values,
  );
  return new Map(rows.map((r) => [r.provision, r.quantiles]));
}

/** The provision counts from the rollups and from a full recount, side by side. */
async function provisionMismatches(dataSource: DataSource, filter: SectorFilter) {
  const repository = new BenchmarksRepository(dataSource.manager);
  const byProvision = <T extends { provision: string }>(rows: T[]) =>
    new Map(rows.map((r) => [r.provision, r]));
  const rollups = byProvision(await repository.provisionCounts(filter, null));
  const recount = byProvision(await repository.provisionCountsFromResponses(filter, null));
  const rounded = await roundedQuantiles(dataSource, filter);
  const problems: string[] = [];
  for (const provision of new Set([...rollups.keys(), ...recount.keys()])) {
    const a = rollups.get(provision);
    const b = recount.get(provision);
    const counts = (r: typeof a) =>
      r && [r.yes, r.no, r.partial, r.notApplicable, r.notStated, r.total].join(',');
    const same =
      a &&
      b &&
      counts(a) === counts(b) &&
      close(a.boilerplateRate, b.boilerplateRate) &&
      close(a.meanSpecificity, b.meanSpecificity) &&
      a.quantiles!.every(
        (q, i) => close(q, rounded.get(provision)![i]!) && close(q, b.quantiles![i]!, RESOLUTION),
      );
    if (!same) {
      problems.push(`${JSON.stringify(filter)} ${provision}: ${JSON.stringify({ a, b })}`);
    }
  }
  return problems;
}

/** The sector summary's assessment groups, recounted from the responses. */
async function recountGroups(dataSource: DataSource, filter: SectorFilter) {
  const params = new SqlParams();
  const tenth = (part: string, whole: string) =>
    `CASE WHEN t."${whole}" > 0 THEN least(9, floor(t."${part}"::float8 / t."${whole}" * 10))::int END`;
  return dataSource.query<Record<string, unknown>[]>(
    `WITH cur AS (${currentAssessmentsSql(filter, params)}),
     t AS (SELECT cur."id", cur."edition", cur."landlordId",
       count(r."id") FILTER (WHERE r."compliance" = 'yes') AS "yes",
       count(r."id") FILTER (WHERE r."compliance" IN ('no', 'partial')) AS "gaps",
       count(r."id") FILTER (WHERE r."compliance" IN ('yes', 'no', 'partial')) AS "stated",
       count(r."id") FILTER (WHERE r."boilerplate" AND r."hasText") AS "boilerplate",
       count(r."id") FILTER (WHERE r."hasText") AS "judged"
       FROM cur LEFT JOIN "response" r ON r."assessmentId" = cur."id" GROUP BY 1, 2, 3)
     SELECT t."edition", t."landlordId" IS NOT NULL AS "matched", ${tenth('yes', 'stated')} AS "complianceTenth",
       ${tenth('boilerplate', 'judged')} AS "boilerplateTenth", (t."stated" > 0 AND t."gaps" = 0) AS "fullyCompliant",
       count(*)::int AS "assessments", sum(t."boilerplate")::int AS "boilerplate", sum(t."judged")::int AS "judged"
     FROM t GROUP BY 1, 2, 3, 4, 5`,
    params.values,
  );
}

const sorted = (rows: object[]) => rows.map((r) => JSON.stringify(r)).sort();

async function expectRollupsEqualRecount(dataSource: DataSource, step: string): Promise<void> {
  for (const filter of FILTERS) {
    expect({ step, problems: await provisionMismatches(dataSource, filter) }).toEqual({
      step,
      problems: [],
    });
    const groups = await new SectorRepository(dataSource.manager).assessmentGroups(filter);
    expect({ step, filter, groups: sorted(groups) }).toEqual({
      step,
      filter,
      groups: sorted(await recountGroups(dataSource, filter)),
    });
  }
}

async function exercise(dataSource: DataSource, rounds: number): Promise<void> {
  await expectRollupsEqualRecount(dataSource, 'loaded');
  const next = random(17);
  for (let round = 0; round < rounds; round++) {
    for (const [step, change] of SECTOR_CHANGES) {
      await change(dataSource, next);
      await expectRollupsEqualRecount(dataSource, `round ${round}: ${step}`);
    }
  }
  await dataSource.query('SELECT benchmark_compact()');
  // Merged: one row per group and specificity bucket, none waiting.
  expect(
    await dataSource.query(
      `SELECT count(*) FILTER (WHERE NOT "merged")::int AS "waiting", count(*)::int - count(DISTINCT ("level", "year", "edition", "kind", "region", "sizeBand", "above", "provision", "bucket"))::int AS "repeated" FROM "benchmark_answer_count"`,
    ),
  ).toEqual([{ waiting: 0, repeated: 0 }]);
  await dataSource.query('TRUNCATE "response" CASCADE');
  await expectRollupsEqualRecount(dataSource, 'responses truncated');
  expect(await dataSource.query('SELECT count(*)::int AS n FROM "benchmark_answer_count"')).toEqual(
    [{ n: 0 }],
  );
}

describe('benchmark rollups against a full recount', () => {
  it('should count what a recount counts through ingests, supersedes, corrections, landlord changes, re-analysis and deletes on PostgreSQL', async () => {
    await withScratchStore('postgres', 'chc_rollups', async (opened) => {
      await loadSyntheticSector(opened.dataSource, 24, 3);
      await exercise(opened.dataSource, 3);
      // Migrations after the rollups' are undone first, down to and including the rollups'.
      const names = opened.dataSource.migrations.map((m) => m.constructor.name);
      for (let i = names.length - 1; i >= names.indexOf('BenchmarkRollups1796400000000'); i--) {
        await opened.dataSource.undoLastMigration();
      }
      const left = await opened.dataSource.query<unknown[]>(
        `SELECT tgname FROM pg_trigger WHERE tgname LIKE 'benchmark%' UNION ALL SELECT proname FROM pg_proc WHERE proname LIKE 'benchmark%' UNION ALL SELECT relname FROM pg_class WHERE relname LIKE 'benchmark%'`,
      );
      expect(left).toEqual([]);
    });
  }, 300_000);

  it('should keep at most 101 rows per provision and group however many answers differ in specificity', async () => {
    await withScratchStore('postgres', 'chc_rollups', async (opened) => {
      await loadSyntheticSector(opened.dataSource, 150, 1);
      // Every answer a specificity of its own: more distinct values than any bound of 101.
      await opened.dataSource.query(
        `UPDATE "response" SET "specificity" = (abs(hashtext("id"::text)) % 100000) / 100000.0`,
      );
      await opened.dataSource.query('SELECT benchmark_compact()');
      // Grouped by every column that tells groups apart, whichever of them the table has.
      const [widest] = await opened.dataSource.query<{ rows: number; groups: number }[]>(
        `SELECT max(n)::int AS "rows", count(*)::int AS "groups" FROM (SELECT count(*) AS n FROM "benchmark_answer_count" t
         GROUP BY t."year", t."edition", t."kind", t."region", t."sizeBand", t."above", t."provision", to_jsonb(t)->>'sector', to_jsonb(t)->>'level') x`,
      );
      expect(widest!.groups).toBeGreaterThan(0);
      expect(widest!.rows).toBeLessThanOrEqual(101);
      await expectRollupsEqualRecount(opened.dataSource, 'spread specificities');
    });
  }, 300_000);

  it('should count what a recount counts on the embedded database (PGlite)', async () => {
    await withScratchStore('embedded', 'chc-rollups', async (database) => {
      await loadSyntheticSector(database.dataSource, 10, 2);
      await exercise(database.dataSource, 1);
    });
  }, 300_000);
});
