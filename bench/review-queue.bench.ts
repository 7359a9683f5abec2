/* bench:review [landlords] [years] [--database-url URL] — loads a synthetic sector (3,000
   landlords × 1 year by default: every landlord has one assessment period, so every flag is
   a "few assessments" item, the queue's worst case), marks a twentieth of the assessments
   low-confidence, adds claims flags on a tenth and 300 unmatched outcome names, then shows
   the plan (EXPLAIN ANALYZE) and times of the review queue's first page, a page deep in the
   list and one kind, and the first page through GraphQL. */
import { Client } from 'pg';
import { ApiKeysRepository } from '@chc/access';
import { loadConfig } from '@chc/config';
import { encodeCursor, pageRequest } from '@chc/graphql';
import { PIPELINE, type Pipeline } from '@chc/pipeline';
import { SqlParams } from '@chc/benchmarks/sector-filter';
import { ReviewKind } from '@chc/review';
import { ReviewQueueRepository } from '@chc/review/review-queue.repository';
import { startApiServer } from '../apps/api/api-server';
import { benchDatabase, sectorCounts } from './support/bench-database';
import { loadSyntheticSector } from './support/load-sector';

/** A twentieth low-confidence, claims flags on a tenth, 300 names no landlord has. */
async function addReviewSources(sql: Client): Promise<void> {
  await sql.query(`UPDATE "assessment" SET "confidenceLevel" = 'low',
    "confidenceScore" = (abs(hashtext("id"::text)) % 100) / 250.0,
    "confidenceReasons" = '["12 of 72 provisions have no readable answer"]'
    WHERE abs(hashtext("id"::text)) % 20 = 0`);
  await sql.query(`INSERT INTO "outcome_flag" ("landlordId", "assessmentId", "ruleId", "rulesVersion", "provision", "measure", "tenure", "year", "value", "peerMedian", "peerCount", "rule", "text")
    SELECT a."landlordId", a."id", 'stage1-speed', '1', '6.3', 'CH02 stage 1', 'LCRA', 2024,
      40 + abs(hashtext(a."id"::text)) % 40, 89, 300, 'below the lower quartile',
      'Yes to 6.3 while CH02 stage 1 is low in 2023-24 (sector median 89%, 300 landlords)'
    FROM "assessment" a WHERE a."supersededById" IS NULL AND abs(hashtext(a."id"::text)) % 10 = 1`);
  const { rows } = await sql.query<{ id: string }>(
    `INSERT INTO "outcome_import" ("source", "fileName", "sha256", "years", "rowsRead", "problems")
     VALUES ('tsm', 'bench.xlsx', repeat('0', 64), '{2024}', 300, '[]') RETURNING "id"`,
  );
  const importId = rows[0]!.id;
  await sql.query(
    `INSERT INTO "outcome_measure" ("importId", "source", "year", "landlordName", "tenure", "measure", "value", "sheet", "row")
     SELECT $1, 'tsm', 2024, 'Unregistered Homes ' || n, 'LCRA', 'CH01', n, 'TSM', n FROM generate_series(1, 300) n`,
    [importId],
  );
  await sql.query('VACUUM ANALYZE');
}

async function explain(
  sql: Client,
  label: string,
  statement: string,
  values: unknown[],
): Promise<void> {
  const { rows } = await sql.query<{ 'QUERY PLAN': string }>(
    `EXPLAIN (ANALYZE, BUFFERS) ${statement}`,
    values,
  );
  const plan = rows.map((r) => r['QUERY PLAN']);
  process.stdout.write(`\n== ${label}\n${plan.join('\n')}\n`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const database = await benchDatabase(
    args.some((a) => /^\d+$/.test(a)) ? args : ['3000', '1', ...args],
    'chc_bench_review',
  );
  const server = await startApiServer(
    loadConfig({ DATABASE_URL: database.url, CHC_LOG_LEVEL: 'error' }),
    0,
  );
  const sql = new Client({ connectionString: database.url });
  await sql.connect();
  try {
    const { dataSource } = server.app.get<Pipeline>(PIPELINE).database;
    if (database.needsLoading) {
      const loaded = await loadSyntheticSector(dataSource, database.landlords, database.years);
      process.stdout.write(`loaded in ${loaded.seconds.toFixed(0)} s\n`);
    }
    // Once per database, so a store loaded by an earlier run can be measured again.
    const added = await sql.query(`SELECT 1 FROM "outcome_import" WHERE "fileName" = 'bench.xlsx'`);
    if (added.rowCount === 0) {
      await addReviewSources(sql);
    }
    process.stdout.write(`${(await sectorCounts(sql)).text}\n`);
    const repository = new ReviewQueueRepository(dataSource.manager);
    const first = repository.page(pageRequest({ first: 20 }), null);
    const items = await first;
    process.stdout.write(`queue: ${items[0]?.page_total ?? 0} items\n`);
    const cases: [string, ReviewKind | null, string | null][] = [
      ['first page of 20', null, null],
      // A cursor half way down the list, as a reader paging far would hold.
      ['a page half way down', null, await middleCursor(sql, repository)],
      ['first page of one kind (CONTRADICTION)', ReviewKind.CONTRADICTION, null],
    ];
    for (const [label, kind, after] of cases) {
      const params = new SqlParams();
      const statement = repository.pageSql(pageRequest({ first: 20, after }), kind, params);
      await explain(sql, label, statement, params.values);
    }
    const key = (await new ApiKeysRepository(dataSource.manager).create('bench', 'analyst')).key;
    const times: number[] = [];
    for (let i = 0; i < 10; i++) {
      const started = performance.now();
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({
          query:
            '{ reviewQueue(first: 20) { totalCount edges { node { id kind reason priority response { provision } source { format page } } } } }',
        }),
      });
      const body = (await response.json()) as { errors?: { message: string }[] };
      if (body.errors) {
        throw new Error(body.errors[0]!.message);
      }
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    process.stdout.write(
      `\nreviewQueue(first: 20) over GraphQL, 10 rounds: median ${times[5]!.toFixed(0)} ms, slowest ${times[9]!.toFixed(0)} ms\n`,
    );
  } finally {
    await sql.end();
    await server.close();
    await database.drop();
  }
}

/** The cursor of the item half way down the whole queue. */
async function middleCursor(sql: Client, repository: ReviewQueueRepository): Promise<string> {
  const base = repository.queueSql(null);
  const { rows } = await sql.query<{ priority: string; id: string }>(
    `SELECT "priority"::text AS "priority", "id" FROM (${base}) x ORDER BY "priority" DESC, "id"
     OFFSET (SELECT count(*) / 2 FROM (${base}) y) LIMIT 1`,
  );
  return encodeCursor([rows[0]!.priority, rows[0]!.id]);
}

void main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
