import type { Page } from 'playwright-core';
import { PIPELINE, type Pipeline } from '@chc/pipeline';
import { launchBrowser, openView, screenshot } from '../support/browser';
import { storeAssessment } from '../support/claims-fixture';
import { SECTION_9, startClaimsApi, type ClaimsApi } from '../support/claims-api';

interface Point {
  landlord: { name: string };
  declaredCompliance: number;
  yes: number;
  stated: number;
  value: number;
  period: string;
}

interface Scatter {
  measure: string;
  points: Point[];
  medianClaim: number;
  medianValue: number;
}

const SCATTER = `query($measure: String, $filter: SectorFilterInput) {
  outcomeScatter(measure: $measure, filter: $filter) {
    measure medianClaim medianValue
    points { landlord { name } declaredCompliance yes stated value period }
  }
}`;

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const pct = (share: number) => `${Math.round(share * 100)}%`;

async function tableRows(page: Page): Promise<string[][]> {
  return page
    .locator('.outcome-scatter table.scatter-table tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.children, (cell) => (cell.textContent ?? '').trim())),
    );
}

interface Drawn {
  title: string;
  x: number;
  y: number;
}

/** The chart's points where they are drawn, each with the title it carries. */
async function drawnPoints(
  page: Page,
): Promise<{ points: Drawn[]; width: number; height: number }> {
  return page.locator('.outcome-scatter svg:has(g[aria-label="dot"])').evaluate((svg) => ({
    width: svg.clientWidth,
    height: svg.clientHeight,
    points: Array.from(svg.querySelectorAll('g[aria-label="dot"] > *'), (dot) => {
      const [, x, y] = /translate\(([-\d.]+),\s*([-\d.]+)\)/.exec(
        dot.getAttribute('transform') ?? '',
      ) ?? ['', 'NaN', 'NaN'];
      return { title: dot.querySelector('title')?.textContent ?? '', x: Number(x), y: Number(y) };
    }),
  }));
}

/** The chart's points as their titles say them, in name order. */
async function pointTitles(page: Page): Promise<string[]> {
  return (await drawnPoints(page)).points.map((p) => p.title).sort();
}

/** Points drawn inside the chart, further right the higher the compliance, higher up the higher the figure. */
async function expectPlaced(page: Page, points: Point[]): Promise<void> {
  const drawn = await drawnPoints(page);
  const at = (p: Point) => drawn.points.find((d) => d.title.startsWith(`${p.landlord.name}:`))!;
  for (const p of points) {
    expect(at(p).x).toBeGreaterThan(0);
    expect(at(p).x).toBeLessThan(drawn.width);
    expect(at(p).y).toBeGreaterThan(0);
    expect(at(p).y).toBeLessThan(drawn.height);
  }
  for (const p of points) {
    for (const q of points) {
      if (p.declaredCompliance > q.declaredCompliance) {
        expect(at(p).x).toBeGreaterThan(at(q).x);
      }
      if (p.value > q.value) {
        expect(at(p).y).toBeLessThan(at(q).y);
      }
    }
  }
}

describe('the overview’s scatter of claims against outcomes', () => {
  let api: ClaimsApi;
  // Yes and stated answers of each landlord's current assessment, as stored (a, b, f by the
  // shared fixture; c, d, e here), and CH02 stage 1 as its workbook gives it.
  const HAND: Record<string, { yes: number; stated: number; ch02: number }> = {
    'Alder Homes': { yes: 9, stated: 10, ch02: 61 },
    'Birch District Council': { yes: 9, stated: 9, ch02: 90 },
    'Cedar Housing': { yes: 6, stated: 10, ch02: 95 },
    'Damson Living': { yes: 8, stated: 8, ch02: 88 },
    'Elm Homes': { yes: 1, stated: 3, ch02: 92 },
    'Fir Trust': { yes: 8, stated: 9, ch02: 70 },
  };

  beforeAll(async () => {
    api = await startClaimsApi();
    const { manager } = api.server.app.get<Pipeline>(PIPELINE).database.dataSource;
    await storeAssessment(manager, api.ids.c!, {
      yes: ['6.3', '6.13', ...SECTION_9.slice(0, 4)],
      no: SECTION_9.slice(4),
    });
    await storeAssessment(manager, api.ids.d!, { yes: SECTION_9 });
    await storeAssessment(manager, api.ids.e!, { yes: ['6.3'], no: ['6.13', '9.1'] });
  }, 120_000);
  afterAll(() => api.close());

  it('should refuse a measure it cannot show, naming the ones it can', async () => {
    const refused = await api.gql(SCATTER, { measure: 'CH99' });
    expect(refused.data).toBeFalsy();
    expect(JSON.stringify(refused.errors)).toContain('measure must be one of: CH02 stage 1');
  });

  it('should draw each landlord’s point, table row and both medians as the API and a hand count give them', async () => {
    const given = await api.gql(SCATTER, { measure: 'CH02 stage 1' });
    const scatter = (given.data as unknown as { outcomeScatter: Scatter }).outcomeScatter;
    // The API against the hand figures: every landlord, both figures.
    expect(
      Object.fromEntries(
        scatter.points.map((p) => [
          p.landlord.name,
          { yes: p.yes, stated: p.stated, ch02: p.value },
        ]),
      ),
    ).toEqual(HAND);
    for (const p of scatter.points) {
      expect(p.declaredCompliance).toBeCloseTo(p.yes / p.stated, 4);
    }
    const hand = Object.values(HAND);
    const handComplianceMedian = median(hand.map((h) => h.yes / h.stated));
    const handValueMedian = median(hand.map((h) => h.ch02));
    expect(scatter.medianClaim).toBeCloseTo(handComplianceMedian, 4);
    expect(scatter.medianValue).toBe(handValueMedian);

    const browser = await launchBrowser();
    const errors: string[] = [];
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      // Plot's own style elements would break the Content Security Policy: none may reach the page.
      await page.exposeFunction('reportViolation', (text: string) => errors.push(text));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const page = window as unknown as { reportViolation(this: void, text: string): void };
          page.reportViolation(`CSP: ${event.violatedDirective} ${event.sourceFile}`);
        });
      });
      await openView(page, api.server.url, '#/overview');

      expect(await pointTitles(page)).toEqual(
        scatter.points
          .map(
            (p) =>
              `${p.landlord.name}: ${pct(p.declaredCompliance)} declared, CH02 stage 1 ${p.value}%`,
          )
          .sort(),
      );
      await expectPlaced(page, scatter.points);
      expect(await tableRows(page)).toEqual(
        scatter.points.map((p) => [
          p.landlord.name,
          p.landlord.name === 'Birch District Council' ? 'Local authority' : 'Housing association',
          `${p.yes} of ${p.stated}`,
          pct(p.declaredCompliance),
          `${p.value}%`,
          p.period,
        ]),
      );
      const medians = await page.locator('.outcome-scatter .scatter-medians').innerText();
      expect(medians).toContain(
        `declared compliance ${pct(handComplianceMedian)}; CH02 stage 1 ${handValueMedian}%`,
      );
      const labels = await page.locator('.outcome-scatter figure svg text').allTextContents();
      expect(labels).toEqual(
        expect.arrayContaining([
          `Median declared: ${pct(handComplianceMedian)}`,
          `Median CH02 stage 1: ${handValueMedian}%`,
        ]),
      );
      expect(await page.locator('.outcome-scatter .small-n').count()).toBe(0);
      await screenshot(page, 'overview-outcome-scatter');

      // Another measure, chosen on the page: the points follow the API's for it.
      const rate = (
        (await api.gql(SCATTER, { measure: 'HOS maladministration rate' })).data as unknown as {
          outcomeScatter: Scatter;
        }
      ).outcomeScatter;
      await page.selectOption('.outcome-scatter select[name="measure"]', rate.measure);
      await page.waitForURL(/measure=HOS/);
      await page.waitForSelector(
        '.outcome-scatter table.scatter-table th:text("HOS maladministration rate")',
        { state: 'attached' },
      );
      const rateRows = await tableRows(page);
      expect(rateRows.map((r) => [r[0], r[4]])).toEqual(
        rate.points.map((p) => [p.landlord.name, `${Math.round(p.value * 10) / 10}%`]),
      );

      // Local authorities only: one landlord, so the chart says so in words.
      const one = (
        (await api.gql(SCATTER, { filter: { kinds: ['LOCAL_AUTHORITY'] } })).data as unknown as {
          outcomeScatter: Scatter;
        }
      ).outcomeScatter;
      expect(one.points.map((p) => p.landlord.name)).toEqual(['Birch District Council']);
      await openView(page, api.server.url, '#/overview?kind=LOCAL_AUTHORITY');
      expect(await page.locator('.outcome-scatter .small-n').innerText()).toContain(
        'only 1 landlord has both figures',
      );
      expect(await pointTitles(page)).toHaveLength(1);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
