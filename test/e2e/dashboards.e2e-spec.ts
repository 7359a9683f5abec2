/// <reference lib="dom" />
// page.evaluate callbacks run in the browser.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { startApiFixture, type ApiFixture } from '../support/api-fixture';
import { launchBrowser, openView, screenshot, waitForView } from '../support/browser';
import { goldAssessments } from '../support/gold';

interface Benchmark {
  provision: string;
  yes: number;
  no: number;
  partial: number;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

describe('dashboards in a browser', () => {
  let api: ApiFixture;
  let browser: Browser;
  let page: Page;
  const gold = goldAssessments();
  const errors: string[] = [];

  beforeAll(async () => {
    api = await startApiFixture();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (error) => errors.push(String(error)));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  afterEach(() => {
    expect(errors).toEqual([]);
  });

  const landlordIds = async () => {
    const { data } = await api.gql<{
      landlords: { edges: { node: { id: string; name: string } }[] };
    }>('{ landlords(first: 10) { edges { node { id name } } } }');
    return data!.landlords.edges.map((e) => e.node);
  };

  it('should show the sector overview with the API’s numbers, and filter it', async () => {
    await openView(page, api.server.url, '#/');
    const { data } = await api.gql<{
      sectorSummary: { assessedLandlords: number; registeredLandlords: number };
      provisionBenchmarks: Benchmark[];
    }>(
      '{ sectorSummary { assessedLandlords registeredLandlords } provisionBenchmarks { provision yes no partial } }',
    );
    const firstKpi = await page.locator('.kpi').first().innerText();
    expect(firstKpi).toContain(String(data!.sectorSummary.assessedLandlords));
    expect(firstKpi).toContain(`of ${data!.sectorSummary.registeredLandlords} registered`);
    const cells = page.locator('.heat-cell');
    expect(await cells.count()).toBe(data!.provisionBenchmarks.length);
    for (const b of data!.provisionBenchmarks.slice(0, 10)) {
      const text = await page
        .locator(`.heat-cell[href^="#/provision/${b.provision}"]`)
        .first()
        .innerText();
      expect(text.replace(/\s+/g, ' ')).toBe(
        `${b.provision} ${percent(b.yes / (b.yes + b.no + b.partial))}`,
      );
    }
    // No outcomes imported here: no claims-against-outcomes section, nothing else changed.
    expect(await page.locator('.outcome-scatter').count()).toBe(0);
    await screenshot(page, 'overview');

    await page.getByLabel('Landlord kind').selectOption('LOCAL_AUTHORITY');
    await page.waitForURL(/kind=LOCAL_AUTHORITY/);
    await waitForView(page);
    const filtered = await api.gql<{
      sectorSummary: { assessedLandlords: number; registeredLandlords: number };
    }>(
      '{ sectorSummary(filter: { kinds: [LOCAL_AUTHORITY] }) { assessedLandlords registeredLandlords } }',
    );
    expect(await page.locator('.kpi').first().innerText()).toContain(
      `of ${filtered.data!.sectorSummary.registeredLandlords} registered`,
    );
    expect(page.url()).toContain('kind=LOCAL_AUTHORITY');
  });

  it('should open a provision from the heatmap with its answers and evidence', async () => {
    await openView(page, api.server.url, '#/');
    const cell = page.locator('.heat-cell').nth(7);
    const provision = (await cell.locator('strong').innerText()).trim();
    await cell.click();
    await page.waitForURL(new RegExp(`#/provision/${provision.replace('.', '\\.')}`));
    await waitForView(page);
    const { data } = await api.gql<{
      provisionBenchmarks: Benchmark[];
      provisionEvidence: { edges: unknown[] };
    }>(
      'query($p: String) { provisionBenchmarks(provision: $p) { provision yes no partial } provisionEvidence(provision: "1.2", first: 12) { edges { cursor } } }',
      { p: provision },
    );
    const b = data!.provisionBenchmarks[0]!;
    expect(await page.locator('.kpi').first().innerText()).toContain(
      `(${b.yes} of ${b.yes + b.no + b.partial} stated)`,
    );
    expect(await page.locator('article.card').count()).toBeGreaterThan(0);
    await screenshot(page, 'provision');
  });

  it('should find a landlord by name and show every answer it gave', async () => {
    const target = gold[2]!;
    await openView(page, api.server.url, '#/landlord');
    await page.getByLabel('Landlord name').fill(target.landlord.split(' ')[0]!);
    await page.getByRole('button', { name: 'Find' }).click();
    await page.getByRole('link', { name: target.landlord }).click();
    await waitForView(page);
    expect(await page.locator('h1').innerText()).toBe(target.landlord);
    const rows = page.locator('table.answers tbody tr');
    expect(await rows.count()).toBe(target.responses.length);
    const answers = await page.locator('table.answers tbody tr .tag').allInnerTexts();
    const words: Record<string, string> = {
      yes: 'Yes',
      no: 'No',
      partial: 'Partly',
      not_applicable: 'Not applicable',
      not_stated: 'No answer',
    };
    expect(answers).toEqual(target.responses.map((r) => words[r.compliance]));
    await screenshot(page, 'landlord');
  });

  it('should compare landlords side by side', async () => {
    const [a, b] = await landlordIds();
    await openView(page, api.server.url, `#/compare?ids=${a!.id},${b!.id}`);
    const headers = await page.locator('table thead th').allInnerTexts();
    expect(headers.slice(1)).toEqual([a!.name, b!.name]);
    const { data } = await api.gql<{ compareLandlords: { provisions: { differs: boolean }[] } }>(
      'query($ids: [ID!]!) { compareLandlords(landlordIds: $ids) { provisions { differs } } }',
      { ids: [a!.id, b!.id] },
    );
    expect(await page.locator('table tbody tr').count()).toBe(
      data!.compareLandlords.provisions.length,
    );
    await page.getByLabel('Only requirements where their answers differ').check();
    await page.waitForURL(/only=differences/);
    await waitForView(page);
    expect(await page.locator('table tbody tr').count()).toBe(
      data!.compareLandlords.provisions.filter((p) => p.differs).length,
    );
    await screenshot(page, 'compare');
  });

  it('should search the evidence and mark the words found', async () => {
    await openView(page, api.server.url, '#/search');
    await page.getByLabel('Find').fill('stage two');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/q=stage/);
    await waitForView(page);
    const { data } = await api.gql<{ search: { totalCount: number } }>(
      '{ search(query: "stage two", first: 1) { totalCount } }',
    );
    expect(await page.getByRole('status').innerText()).toContain(
      `${data!.search.totalCount} answers`,
    );
    expect(await page.locator('article mark').count()).toBeGreaterThan(0);
    await screenshot(page, 'search');
  });

  it('should download a filtered export and show its dictionary', async () => {
    await openView(page, api.server.url, '#/export');
    const columns = await page.locator('table tbody th code').allInnerTexts();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /^Download responses\.csv/ }).click(),
    ]);
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.split('\n')[0]).toBe(columns.join(','));
    expect(text.trim().split('\n').length - 1).toBeGreaterThanOrEqual(
      gold.reduce((s, g) => s + g.responses.length, 0),
    );
    await screenshot(page, 'export');
  });

  it('should ask for an analyst key before showing operations', async () => {
    await openView(page, api.server.url, '#/operations');
    await page.getByLabel('Analyst API key').fill(await api.key('analyst'));
    await page.getByRole('button', { name: 'Use key' }).click();
    await page.waitForSelector('main .kpi');
    const { data } = await api.gql<{ operationsStatus: { documents: number } }>(
      '{ operationsStatus { documents } }',
      {},
      await api.key('analyst'),
    );
    expect(await page.locator('.kpi').first().innerText()).toContain(
      String(data!.operationsStatus.documents),
    );
    await screenshot(page, 'operations');
  });

  it('should fit a 390-pixel phone screen and label every control', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      for (const [name, hash] of [
        ['overview', '#/'],
        ['landlord-search', '#/landlord'],
        ['export', '#/export'],
      ] as const) {
        await openView(phone, api.server.url, hash);
        const overflow = await phone.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect([name, overflow]).toEqual([name, 0]);
        const unlabelled = await phone.evaluate(
          () =>
            Array.from(document.querySelectorAll('select, input')).filter(
              (control) => !(control as HTMLInputElement).labels?.length,
            ).length,
        );
        expect([name, unlabelled]).toEqual([name, 0]);
        await screenshot(phone, `${name}-390px`);
      }
    } finally {
      await phone.close();
    }
  });

  it('should move between views with the keyboard alone', async () => {
    const fresh = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await openView(fresh, api.server.url, '#/');
      await fresh.keyboard.press('Tab');
      expect(await fresh.evaluate(() => document.activeElement?.textContent)).toBe(
        'Skip to content',
      );
      for (let i = 0; i < 4; i++) {
        await fresh.keyboard.press('Tab');
      }
      expect(await fresh.evaluate(() => document.activeElement?.textContent)).toBe('Compare');
      await fresh.keyboard.press('Enter');
      await fresh.waitForURL(/#\/compare/);
      await waitForView(fresh);
      expect(await fresh.locator('h1').innerText()).toBe('Compare landlords');
    } finally {
      await fresh.close();
    }
  });
});
