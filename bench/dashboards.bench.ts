/// <reference lib="dom" />
/* bench:dashboards [landlords] [years] [--database-url URL] — loads the synthetic sector (2,500 landlords by
   default), serves the API and dashboards, and measures in Chromium the time from
   navigation to the first meaningful render (the view drawn with its data) of the sector
   overview and of a landlord page: with the server's aggregates warm, and just after a
   change notice emptied them. --database-url measures a database loaded before (by an
   earlier run of this or bench:api) instead of loading a new one. */
import { setTimeout } from 'node:timers/promises';
import { Client } from 'pg';
import type { Browser } from 'playwright-core';
import { loadConfig } from '@chc/config';
import { PIPELINE, type Pipeline } from '@chc/pipeline';
import { startApiServer } from '../apps/api/api-server';
import { launchBrowser } from '../test/support/browser';
import { loadSyntheticSector } from './support/load-sector';
import { benchDatabase, sectorCounts } from './support/bench-database';

const ROUNDS = 7;

/** Milliseconds from navigation until the view shows its data, in a fresh browser context. */
async function firstRender(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(
      () => {
        const main = document.getElementById('main');
        return main?.getAttribute('aria-busy') === 'false' && main.querySelector('h1') !== null;
      },
      undefined,
      { timeout: 60_000 },
    );
    return await page.evaluate(() => performance.now());
  } finally {
    await context.close();
  }
}

function summary(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  return `median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms, worst ${sorted.at(-1)!.toFixed(0)} ms`;
}

async function main(): Promise<void> {
  const database = await benchDatabase(process.argv.slice(2), 'chc_bench_dash');
  const server = await startApiServer(
    loadConfig({ DATABASE_URL: database.url, CHC_LOG_LEVEL: 'error' }),
    0,
  );
  const notices = new Client({ connectionString: database.url });
  await notices.connect();
  let browser: Browser | null = null;
  try {
    const pipeline = server.app.get<Pipeline>(PIPELINE);
    if (database.needsLoading) {
      const loaded = await loadSyntheticSector(
        pipeline.database.dataSource,
        database.landlords,
        database.years,
      );
      process.stdout.write(`loaded in ${loaded.seconds.toFixed(0)} s\n`);
    }
    process.stdout.write(`${(await sectorCounts(notices)).text}\n`);
    browser = await launchBrowser();
    const [{ id }] = (
      await notices.query<{ id: string }>('SELECT "id" FROM "landlord" ORDER BY "name" LIMIT 1')
    ).rows as [{ id: string }];
    // Let the server precompute the overview after the load, as it does after any ingest.
    await setTimeout(5_000);
    const views = {
      'sector overview': `${server.url}/#/`,
      'landlord page': `${server.url}/#/landlord/${id}`,
      'landlord directory by declared compliance': `${server.url}/#/landlords?sort=compliance&dir=DESC`,
    };
    for (const [name, url] of Object.entries(views)) {
      const warm: number[] = [];
      const cold: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        warm.push(await firstRender(browser, url));
      }
      for (let i = 0; i < ROUNDS; i++) {
        await notices.query('NOTIFY chc_data_changed');
        await setTimeout(50);
        cold.push(await firstRender(browser, url));
        // Let the precomputation after the notice finish before the next round.
        await setTimeout(3_000);
      }
      process.stdout.write(
        `${name}: ${summary(warm)}; just after a change: ${summary(cold)} (target < 1,500 ms)\n`,
      );
    }
  } finally {
    await browser?.close();
    await notices.end();
    await server.close();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:dashboards: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
});
