/// <reference lib="dom" />
// page.evaluate callbacks run in the browser.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { loadConfig } from '@chc/config';
import { createScratchDatabase } from '@chc/db';
import { PIPELINE, type Pipeline } from '@chc/pipeline';
import { startApiServer, type ApiServer } from '../../apps/api/api-server';
import { launchBrowser, openView } from '../support/browser';
import { runChc } from '../support/chc-process';
import { testServices } from '../support/services';

describe('a landlord website of javascript:', () => {
  let database: { url: string; drop: () => Promise<void> };
  let server: ApiServer;
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    database = await createScratchDatabase(testServices().databaseUrl, 'chc_xss');
    server = await startApiServer(
      loadConfig({ DATABASE_URL: database.url, CHC_LOG_LEVEL: 'error' }),
      0,
    );
    browser = await launchBrowser();
    dir = mkdtempSync(path.join(tmpdir(), 'chc-xss-'));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    (server.app.getHttpServer() as Server).closeAllConnections();
    await server?.close();
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const importCsv = (csv: string) => {
    const file = path.join(dir, 'registry.csv');
    writeFileSync(file, csv);
    return runChc(['landlords', 'import', file], { DATABASE_URL: database.url });
  };

  it('should be refused by the CSV import, and never rendered as a link', async () => {
    const run = await importCsv(
      'name,website,kind\nScript Homes,javascript:alert(document.domain),other\nPlain Homes,https://plain.example/,other\n',
    );
    expect(run.stderr).toMatch(/registry\.csv:2: column 2 \(website\): .* must be an http/);
    // As it may already be stored from before the import checked it: the page must still not link it.
    await server.app
      .get<Pipeline>(PIPELINE)
      .database.dataSource.query(
        `INSERT INTO "landlord" ("name", "kind", "website") VALUES ('Stored Script Homes', 'other', 'javascript:alert(document.domain)')`,
      );
    const { data } = (await (
      await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: '{ landlords(first: 10) { edges { node { id name website } } } }',
        }),
      })
    ).json()) as {
      data: { landlords: { edges: { node: { id: string; name: string; website: string } }[] } };
    };
    const landlords = data.landlords.edges.map((e) => e.node);
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    for (const landlord of landlords) {
      await openView(page, server.url, `#/landlord/${landlord.id}`);
      const links = await page.$$eval('a', (anchors) =>
        anchors.map((a) => ({ href: a.getAttribute('href') ?? '', protocol: a.protocol })),
      );
      const unsafe = links.filter((l) => l.protocol !== 'http:' && l.protocol !== 'https:');
      expect({ landlord: landlord.name, unsafe }).toEqual({ landlord: landlord.name, unsafe: [] });
      const website = await page.locator('.lede').innerText();
      if (landlord.website.startsWith('javascript:')) {
        expect(website).toContain('website');
        await page.locator('.lede').getByText('website').click();
      } else {
        expect(links.map((l) => l.href)).toContain(landlord.website);
      }
    }
    expect(landlords.map((l) => l.name).sort()).toEqual(
      expect.arrayContaining(['Plain Homes', 'Stored Script Homes']),
    );
    expect(dialogs).toEqual([]);
  });
});
