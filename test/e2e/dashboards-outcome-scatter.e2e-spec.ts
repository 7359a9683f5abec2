import type { Page } from 'playwright-core';
import { launchBrowser, openView, screenshot } from '../support/browser';
import { startClaimsApi, type ClaimsApi } from '../support/claims-api';
import { importTenures, median, prepareScatter, SCATTER_HAND } from '../support/scatter-fixture';
import {
  expectPlaced,
  pct,
  pointTitles,
  SCATTER,
  tableRows,
  type Scatter,
} from '../support/scatter-page';

describe('the overview’s scatter of claims against outcomes', () => {
  let api: ClaimsApi;
  // Yes and stated answers of each landlord's current assessment, as stored, and CH02
  // stage 1 as its workbook gives it.
  const HAND = Object.fromEntries(
    Object.entries(SCATTER_HAND).map(([name, h]) => [
      name,
      { yes: h.yes, stated: h.stated, ch02: h.ch02 },
    ]),
  );

  beforeAll(async () => {
    api = await startClaimsApi();
    await prepareScatter(api);
    await importTenures(api);
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
      expect(p.claim).toBeCloseTo(p.yes / p.stated, 4);
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
          .map((p) => `${p.landlord.name}: ${pct(p.claim)} declared, CH02 stage 1 ${p.value}%`)
          .sort(),
      );
      await expectPlaced(page, scatter.points);
      expect(await tableRows(page)).toEqual(
        scatter.points.map((p) => [
          p.landlord.name,
          p.landlord.name === 'Birch District Council' ? 'Local authority' : 'Housing association',
          `${p.yes} of ${p.stated}`,
          pct(p.claim),
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

  it('should set evidence quality and a tenure’s figures as chosen on the page, by keyboard too, with the table following', async () => {
    const scatterOf = async (variables: Record<string, unknown>): Promise<Scatter> =>
      ((await api.gql(SCATTER, variables)).data as unknown as { outcomeScatter: Scatter })
        .outcomeScatter;
    const caption = (page: Page, text: string) =>
      page.waitForFunction(
        (t) => document.querySelector('.outcome-scatter figcaption')?.textContent?.includes(t),
        text,
      );
    const expectShown = async (page: Page, scatter: Scatter, named: string) => {
      expect(await pointTitles(page)).toEqual(
        scatter.points
          .map(
            (p) =>
              `${p.landlord.name}: ${pct(p.claim)} evidence with real detail, ${named} ${p.value}%`,
          )
          .sort(),
      );
      await expectPlaced(page, scatter.points);
      expect(await tableRows(page)).toEqual(
        scatter.points.map((p) => [
          p.landlord.name,
          p.landlord.name === 'Birch District Council' ? 'Local authority' : 'Housing association',
          `${p.evidenced} of ${p.withText}`,
          pct(p.claim),
          `${p.value}%`,
          p.period,
        ]),
      );
      const headings = await page
        .locator('.outcome-scatter table.scatter-table thead th')
        .allTextContents();
      expect(headings.map((h) => h.trim())).toEqual([
        'Landlord',
        'Kind',
        'Not standard wording, of answers with evidence',
        'Evidence with real detail',
        named,
        'Year of the figure',
      ]);
    };
    const browser = await launchBrowser();
    const errors: string[] = [];
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await openView(page, api.server.url, '#/overview?measure=CH02%20stage%201');

      // Evidence quality, chosen with the mouse: Elm Homes (no evidence) has no point.
      const evidence = await scatterOf({ measure: 'CH02 stage 1', claim: 'EVIDENCE_QUALITY' });
      expect(evidence.points.map((p) => p.landlord.name)).not.toContain('Elm Homes');
      expect(evidence.points).toHaveLength(5);
      await page.check('.outcome-scatter input[name="claim"][value="EVIDENCE_QUALITY"]');
      await page.waitForURL(/claim=EVIDENCE_QUALITY/);
      await caption(page, 'Evidence with real detail (across) against CH02 stage 1 (up)');
      await expectShown(page, evidence, 'CH02 stage 1');
      expect(await page.locator('.outcome-scatter .scatter-medians').innerText()).toContain(
        `evidence with real detail ${pct(evidence.medianClaim)}; CH02 stage 1 ${evidence.medianValue}%`,
      );

      // The tenure by keyboard: the arrow key moves the choice, the focus stays on it.
      const tenure = (value: string) =>
        page.locator(`.outcome-scatter input[name="tenure"][value="${value}"]`);
      expect(await tenure('COMBINED').isChecked()).toBe(true);
      expect(
        await page.locator('.outcome-scatter fieldset:has(input[name="tenure"])').innerText(),
      ).toMatch(/Tenure\s+Both tenures together\s+Low cost rental\s+Low cost home ownership/);
      await tenure('COMBINED').focus();
      await page.keyboard.press('ArrowRight');
      await page.waitForURL(/tenure=LCRA/);
      await caption(page, 'against CH02 stage 1 (low cost rental) (up)');
      await page.waitForFunction(() => {
        const active = document.activeElement as HTMLInputElement | null;
        return active?.name === 'tenure' && active.value === 'LCRA';
      });
      expect(await tenure('LCRA').isChecked()).toBe(true);
      const rental = await scatterOf({
        measure: 'CH02 stage 1',
        claim: 'EVIDENCE_QUALITY',
        tenure: 'LCRA',
      });
      // By hand: Elm Homes's rental figure is a marker, and it has no evidence either.
      expect(Object.fromEntries(rental.points.map((p) => [p.landlord.name, p.value]))).toEqual(
        Object.fromEntries(
          Object.entries(SCATTER_HAND)
            .filter(([, h]) => h.lcra !== null && h.withText > 0)
            .map(([name, h]) => [name, h.lcra]),
        ),
      );
      await expectShown(page, rental, 'CH02 stage 1 (low cost rental)');
      await screenshot(page, 'overview-outcome-scatter-evidence-rental');

      // Low cost home ownership: two landlords, so the chart says so in words.
      await page.keyboard.press('ArrowRight');
      await page.waitForURL(/tenure=LCHO/);
      await caption(page, '(low cost home ownership)');
      expect(await page.locator('.outcome-scatter .small-n').innerText()).toContain(
        'only 2 landlords have both figures',
      );

      // Housing associations: five declare, four show evidence — the warning follows the
      // claim figure chosen.
      await openView(page, api.server.url, '#/overview?kind=HOUSING_ASSOCIATION');
      expect(await page.locator('.outcome-scatter .small-n').count()).toBe(0);
      expect(await pointTitles(page)).toHaveLength(5);
      await openView(
        page,
        api.server.url,
        '#/overview?kind=HOUSING_ASSOCIATION&claim=EVIDENCE_QUALITY',
      );
      expect(await page.locator('.outcome-scatter .small-n').innerText()).toContain(
        'only 4 landlords have both figures',
      );
      expect(await pointTitles(page)).toHaveLength(4);

      // A measure published for both tenures together only: the others cannot be chosen.
      await openView(page, api.server.url, '#/overview?measure=HOS%20maladministration%20rate');
      expect(await tenure('LCRA').isDisabled()).toBe(true);
      expect(await tenure('LCHO').isDisabled()).toBe(true);
      expect(
        await page.locator('.outcome-scatter label:has(input[value="LCRA"])').innerText(),
      ).toBe('Low cost rental (no figures)');
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
