/* bench:api [landlords] [years] [--database-url URL] [--only REGEX] [--no-export] — loads a synthetic sector (2,500 landlords × 5 years by
   default, about 900,000 responses; `2500 10` for ten years) into PostgreSQL (a named
   database is loaded only while it is empty, and kept), then times each main query through
   GraphQL over HTTP and, in the same run, the same answer from a hand-written SQL query;
   then a full CSV export of every response, with the memory it took. `--only` times just
   the queries whose names match; `--no-export` leaves the export out (for iterating). */
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { loadavg } from 'node:os';
import { setTimeout } from 'node:timers/promises';
import { Client } from 'pg';
import { loadConfig } from '@chc/config';
import { CacheWarmer } from '@chc/benchmarks/cache-warmer';
import { PIPELINE, type Pipeline } from '@chc/pipeline';
import { startApiServer } from '../apps/api/api-server';
import { API_CASES, type ApiCase } from './support/api-cases';
import { loadSyntheticSector } from './support/load-sector';
import { benchDatabase, sectorCounts } from './support/bench-database';

const ROUNDS = 40;
const COLD_ROUNDS = 15;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

async function time(
  run: () => Promise<unknown>,
  rounds = ROUNDS,
  before?: () => Promise<unknown>,
): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 3; i++) {
    await before?.();
    await run();
  }
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    await before?.();
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 0.5), p95: percentile(samples, 0.95) };
}

async function exportAll(
  url: string,
): Promise<{ rows: number; seconds: number; peakMiB: number; baseMiB: number }> {
  global.gc?.();
  const baseMiB = process.memoryUsage().rss / 1024 / 1024;
  let peak = baseMiB;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss / 1024 / 1024);
  }, 50);
  const started = performance.now();
  const response = await fetch(`${url}/api/exports/responses.csv?scope=all`);
  let newlines = 0;
  for await (const chunk of Readable.fromWeb(response.body as NodeReadableStream)) {
    for (const byte of chunk as Uint8Array) {
      if (byte === 10) {
        newlines++;
      }
    }
  }
  clearInterval(sampler);
  // Newlines inside quoted evidence make this an upper bound; the row count is checked below.
  return {
    rows: newlines - 1,
    seconds: (performance.now() - started) / 1000,
    peakMiB: peak,
    baseMiB,
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const only = new RegExp(option('--only') ?? '');
  const database = await benchDatabase(args, 'chc_bench_api');
  const server = await startApiServer(
    loadConfig({
      DATABASE_URL: database.url,
      CHC_LOG_LEVEL: 'error',
      CHC_RATE_LIMIT_PUBLIC: '1000000',
    }),
    0,
  );
  const sql = new Client({ connectionString: database.url, options: '-c work_mem=32MB' });
  await sql.connect();
  try {
    const pipeline = server.app.get<Pipeline>(PIPELINE);
    if (database.needsLoading || (await sectorCounts(sql)).landlords === 0) {
      let shown = 0;
      const loaded = await loadSyntheticSector(
        pipeline.database.dataSource,
        database.landlords,
        database.years,
        (done, total) => {
          if (done - shown >= total / 10 || done === total) {
            shown = done;
            process.stderr.write(`loading: ${done}/${total} assessments analysed and stored\n`);
          }
        },
      );
      process.stdout.write(`loaded in ${loaded.seconds.toFixed(0)} s\n`);
    }
    const { responses, text } = await sectorCounts(sql);
    // The machine may be shared: the load beside each figure says how far to trust it.
    const load = () =>
      `load average ${loadavg()
        .map((n) => n.toFixed(2))
        .join(' ')}`;
    process.stdout.write(`${text}\n${load()} before timing\n\n`);
    const gql = async (c: ApiCase, variables: Record<string, unknown>) => {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: c.graphql, variables }),
      });
      const body = (await response.json()) as { errors?: { message: string }[] };
      if (body.errors) {
        throw new Error(`${c.name}: ${body.errors[0]!.message}`);
      }
    };
    // A change notice empties the API's result cache, as an ingest or a review would.
    const forget = async () => {
      await sql.query('NOTIFY chc_data_changed');
      await setTimeout(20);
    };
    const lines = [
      'query                          GraphQL p50   p95 | uncached p50   p95 |    SQL p50   p95 | uncached/SQL p95 | load',
    ];
    let worstRatio = 0;
    const sectorRatios: number[] = [];
    let worstP95 = 0;
    let worstUncached = 0;
    const ms = (n: number, width: number) => n.toFixed(1).padStart(width);
    const warmer = server.app.get(CacheWarmer);
    for (const c of API_CASES.filter((c) => only.test(c.name))) {
      const variables = await c.variables(sql);
      // The change notices of the last case's uncached rounds start the warmer's recount two
      // seconds after the last one: served answers are timed once it is done, as in steady state.
      await warmer.settled();
      const warm = await time(() => gql(c, variables));
      const cold = await time(() => gql(c, variables), COLD_ROUNDS, forget);
      const viaSql = await time(() => c.sql(sql, variables));
      const ratio = cold.p95 / viaSql.p95;
      worstRatio = Math.max(worstRatio, ratio);
      if (c.wholeSector) {
        sectorRatios.push(ratio);
      }
      worstP95 = Math.max(worstP95, warm.p95);
      worstUncached = Math.max(worstUncached, cold.p95);
      lines.push(
        `${c.name.padEnd(29)} ${ms(warm.p50, 11)} ${ms(warm.p95, 5)} | ${ms(cold.p50, 12)} ${ms(cold.p95, 5)} | ${ms(viaSql.p50, 10)} ${ms(viaSql.p95, 5)} | ${ratio.toFixed(2).padStart(15)}× | ${loadavg()[0]!.toFixed(2)}`,
      );
    }
    process.stdout.write(
      `${lines.join('\n')}\n(milliseconds; GraphQL over HTTP as clients see it, ${ROUNDS} rounds; uncached = just after a change notice, ${COLD_ROUNDS} rounds; SQL = the hand-written query on its own connection)\n`,
    );
    process.stdout.write(
      `worst GraphQL p95 ${worstP95.toFixed(1)} ms (target < 20 ms), uncached ${worstUncached.toFixed(1)} ms (target < 50 ms); worst uncached/SQL ratio ${worstRatio.toFixed(2)}×; whole-sector aggregates (provisionBenchmarks, sectorSummary) uncached/SQL ${sectorRatios.map((r) => `${r.toFixed(2)}×`).join(', ')} (target < 1×); ${load()}\n\n`,
    );
    if (args.includes('--no-export')) {
      return;
    }
    const exported = await exportAll(server.url);
    process.stdout.write(
      `CSV export of every response (${responses} rows; ${exported.rows} lines) in ${exported.seconds.toFixed(1)} s (target < 30 s); process memory ${exported.baseMiB.toFixed(0)} MiB before, peak ${exported.peakMiB.toFixed(0)} MiB during (+${(exported.peakMiB - exported.baseMiB).toFixed(0)} MiB)\n`,
    );
  } finally {
    await sql.end();
    await server.close();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:api: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
