/// <reference lib="dom" />
// page.evaluate callbacks run in the browser.
import type { Browser, Page } from 'playwright-core';
import { SIZE_BANDS } from '@chc/landlords';
import { launchBrowser, openView, screenshot, waitForView } from '../support/browser';
import { startSyntheticApi, type SyntheticApi } from '../support/synthetic-api-fixture';

const LANDLORDS = 60;

const numbers = (text: string) => (text.match(/\d[\d,]*/g) ?? []).map((n) => n.replace(/,/g, ''));
const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`);

describe('dashboards for people who do not know a landlord’s name, in a browser', () => {
  let api: SyntheticApi;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    api = await startSyntheticApi(LANDLORDS, 2);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (error) => errors.push(String(error)));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  afterEach(() => {
    expect(errors.splice(0)).toEqual([]);
  });

  const directory = async (variables: Record<string, unknown>) =>
    (
      await api.gql<{
        landlordDirectory: {
          totalCount: number;
          edges: { node: { landlord: { name: string } } }[];
        };
      }>(
        `query($filter: LandlordFilterInput, $order: LandlordOrder!, $dir: SortDirection!, $after: String) {
          landlordDirectory(first: 25, after: $after, filter: $filter, orderBy: $order, direction: $dir) {
            totalCount edges { node { landlord { name } } } } }`,
        variables,
      )
    ).data!.landlordDirectory;

  /** A chart's table alternative, opened as a reader would, row by row and cell by cell. */
  const chartTable = async (chart: ReturnType<Page['locator']>) => {
    await chart.getByText('Show these figures as a table').click();
    return chart
      .locator('details table tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) =>
          Array.from((r as HTMLTableRowElement).cells).map((c) => c.textContent.trim()),
        ),
      );
  };

  const rowNames = () => page.locator('table.directory tbody th').allInnerTexts();

  it('should list every landlord with a count, sort, filter and page as the API does', async () => {
    await openView(page, api.server.url, '#/landlords');
    const all = await directory({ order: 'NAME', dir: 'ASC' });
    expect(await page.locator('.pager .count').first().innerText()).toBe(
      `Landlords 1–25 of ${all.totalCount}`,
    );
    expect(all.totalCount).toBe(LANDLORDS);
    expect(await rowNames()).toEqual(all.edges.map((e) => e.node.landlord.name));
    expect(await page.locator('table.directory thead th').allInnerTexts()).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Declared compliance'),
        expect.stringContaining('Evidence'),
        expect.stringContaining('Current period'),
      ]),
    );

    await page.getByRole('link', { name: /^Declared compliance/ }).click();
    await page.waitForURL(/sort=compliance/);
    await waitForView(page);
    const byCompliance = await directory({ order: 'DECLARED_COMPLIANCE', dir: 'DESC' });
    expect(await rowNames()).toEqual(byCompliance.edges.map((e) => e.node.landlord.name));
    expect(await page.locator('th[aria-sort="descending"]').innerText()).toContain(
      'Declared compliance',
    );

    await page.getByRole('link', { name: 'Next 25' }).first().click();
    await page.waitForURL(/after=/);
    await waitForView(page);
    expect(await page.locator('.pager .count').first().innerText()).toBe(
      `Landlords 26–50 of ${LANDLORDS}`,
    );
    const second = await api.gql<{ landlordDirectory: { pageInfo: { endCursor: string } } }>(
      '{ landlordDirectory(first: 25, orderBy: DECLARED_COMPLIANCE, direction: DESC) { pageInfo { endCursor } } }',
    );
    const secondPage = await directory({
      order: 'DECLARED_COMPLIANCE',
      dir: 'DESC',
      after: second.data!.landlordDirectory.pageInfo.endCursor,
    });
    expect(await rowNames()).toEqual(secondPage.edges.map((e) => e.node.landlord.name));
    await page.getByRole('link', { name: 'Previous 25' }).first().click();
    await waitForView(page);
    expect(await rowNames()).toEqual(byCompliance.edges.map((e) => e.node.landlord.name));

    await page.getByLabel('Landlord kind').selectOption('LOCAL_AUTHORITY');
    await page.waitForURL(/kind=LOCAL_AUTHORITY/);
    await waitForView(page);
    const councils = await directory({
      order: 'DECLARED_COMPLIANCE',
      dir: 'DESC',
      filter: { kinds: ['LOCAL_AUTHORITY'] },
    });
    expect(councils.totalCount).toBeGreaterThan(0);
    expect(numbers(await page.locator('.pager .count').first().innerText()).at(-1)).toBe(
      String(councils.totalCount),
    );
    expect(page.url()).not.toContain('after=');
    await screenshot(page, 'landlords');
  });

  it('should draw the sector’s answers over the years as SVG with a table of the API’s numbers', async () => {
    await openView(page, api.server.url, '#/');
    const { data } = await api.gql<{
      sectorBreakdown: {
        group: string;
        assessments: number;
        yes: number;
        partial: number;
        no: number;
        notApplicable: number;
        notStated: number;
      }[];
    }>(
      '{ sectorBreakdown(by: YEAR) { group assessments yes partial no notApplicable notStated } }',
    );
    const chart = page.locator('figure.chart').first();
    expect(await chart.locator('svg').count()).toBeGreaterThan(0);
    expect(await chart.locator('svg g[aria-label="bar"] rect').count()).toBe(
      data!.sectorBreakdown.length * 4,
    );
    expect(await chart.locator('svg text', { hasText: /Yes \d+%/ }).count()).toBeGreaterThan(0);
    expect(await chartTable(chart)).toEqual(
      data!.sectorBreakdown.map((y) => [
        y.group,
        String(y.assessments),
        ...[y.yes, y.partial, y.no, y.notApplicable + y.notStated].map((n) =>
          n.toLocaleString('en-GB'),
        ),
        percent(y.yes / (y.yes + y.partial + y.no + y.notApplicable + y.notStated)),
      ]),
    );
  });

  it('should colour the heatmap in distinct bands that spread the provisions, as its legend says', async () => {
    await openView(page, api.server.url, '#/');
    const legend = await page
      .locator('.legend .swatch')
      .evaluateAll((spans) => spans.map((s) => getComputedStyle(s).backgroundColor));
    expect(legend.length).toBeGreaterThanOrEqual(3);
    expect(new Set(legend).size).toBe(legend.length);
    const cells = await page
      .locator('.heat-cell')
      .evaluateAll((links) => links.map((a) => getComputedStyle(a).backgroundColor));
    expect(cells.every((c) => legend.includes(c))).toBe(true);
    const perBand = legend.map((colour) => cells.filter((c) => c === colour).length);
    // Quantile bands: no colour holds most of the provisions.
    expect(Math.max(...perBand)).toBeLessThanOrEqual(Math.ceil(cells.length / 2));
    await screenshot(page, 'overview-bands');
  });

  /** A landlord whose current evidence holds an item the document labelled "ACTION:". */
  const landlordWithLabelledAction = async () => {
    const { data } = await api.gql<{
      landlords: {
        edges: {
          node: {
            id: string;
            currentAssessment: {
              responses: { edges: { node: { actions: { text: string }[] } }[] };
            };
          };
        }[];
      };
    }>(
      '{ landlords(first: 30) { edges { node { id currentAssessment { responses(first: 100) { edges { node { actions { text } } } } } } } } }',
    );
    const withAction = data!.landlords.edges.find((e) =>
      e.node.currentAssessment.responses.edges.some((r) =>
        r.node.actions.some((a) => /^ACTION:/.test(a.text)),
      ),
    )!.node.id;
    return withAction;
  };

  it('should draw a landlord against its peers section by section, with the API’s numbers', async () => {
    const withAction = await landlordWithLabelledAction();
    await openView(page, api.server.url, `#/landlord/${withAction}`);
    const { data: card } = await api.gql<{
      scorecard: {
        sections: { section: number; yes: number; answers: number; peersYesShare: number | null }[];
      };
    }>(
      'query($id: ID!) { scorecard(landlordId: $id) { sections { section yes answers peersYesShare } } }',
      { id: withAction },
    );
    const chart = page.locator('figure.chart');
    // Two points per section, shaped (not only coloured) by whose they are, inside the plot.
    const points = chart.locator('svg g[aria-label="dot"] path');
    expect(await points.count()).toBe(card!.scorecard.sections.length * 2);
    const inside = await points.evaluateAll((paths) =>
      paths.every((p) => {
        const box = (p as SVGGraphicsElement).getBoundingClientRect();
        const svg = p.closest('svg')!.getBoundingClientRect();
        return box.left >= svg.left && box.right <= svg.right;
      }),
    );
    expect(inside).toBe(true);
    expect(new Set(await points.evaluateAll((ps) => ps.map((p) => p.getAttribute('d')))).size).toBe(
      2,
    );
    const rows = await chartTable(chart);
    expect(rows.map((r) => [numbers(r[0]!)[0], r[1], r[4]])).toEqual(
      card!.scorecard.sections.map((s) => [
        String(s.section),
        `${s.yes} of ${s.answers}`,
        percent(s.peersYesShare),
      ]),
    );
    await screenshot(page, 'landlord-sections');
  });

  it('should label an action once, not “Action: ACTION:”', async () => {
    await openView(page, api.server.url, `#/landlord/${await landlordWithLabelledAction()}`);
    const actions = await page.locator('p.reason', { hasText: /^Action:/ }).allInnerTexts();
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.filter((a) => /^Action:\s*action/i.test(a))).toEqual([]);
  });

  it('should page through all of a provision’s evidence and list size bands by size', async () => {
    await openView(page, api.server.url, '#/provision/5.8');
    const { data } = await api.gql<{ provisionEvidence: { totalCount: number } }>(
      '{ provisionEvidence(provision: "5.8", first: 1) { totalCount } }',
    );
    const total = data!.provisionEvidence.totalCount;
    expect(total).toBeGreaterThan(12);
    expect(await page.locator('.pager .count').first().innerText()).toBe(
      `Answers 1–12 of ${total}`,
    );
    await page.getByRole('link', { name: 'Next 12' }).first().click();
    await page.waitForURL(/after=/);
    await waitForView(page);
    expect(await page.locator('.pager .count').first().innerText()).toBe(
      `Answers 13–${Math.min(24, total)} of ${total}`,
    );
    expect(await page.locator('article.card').count()).toBe(Math.min(12, total - 12));
    const sizes = await page
      .locator('section', { has: page.getByRole('heading', { name: 'By size' }) })
      .locator('tbody td:first-child')
      .allInnerTexts();
    const order = SIZE_BANDS.map((b) => b.label.toLowerCase());
    const positions = sizes.map((s) => order.indexOf(s.toLowerCase().replace('–', ' to ')));
    expect(positions.length).toBeGreaterThanOrEqual(3);
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it.each([
    '#/landlord/%E0%A4%A',
    '#/provision/',
    '#/provision/not-a-provision',
    '#/landlord/not-an-id',
    '#/landlord/00000000-0000-4000-8000-000000000000',
    '#/nowhere/at/all',
    '#/%',
    '#/%%?%%=%',
  ])('should say a link is not found, never throw, for %s', async (hash) => {
    await openView(page, api.server.url, hash);
    expect(await page.locator('h1').innerText()).toBe('Not found');
    expect(await page.getByRole('alert').count()).toBe(1);
  });

  it('should credit the Code under the Open Government Licence and the landlords as publishers', async () => {
    await openView(page, api.server.url, '#/');
    const footer = page.locator('footer');
    expect(await footer.innerText()).toContain(
      'Contains public sector information licensed under the Open Government Licence v3.0',
    );
    expect(await footer.innerText()).toMatch(/landlords’ own publications/);
    expect(
      await footer.getByRole('link', { name: 'Open Government Licence v3.0' }).getAttribute('href'),
    ).toBe('https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/');
  });
});
