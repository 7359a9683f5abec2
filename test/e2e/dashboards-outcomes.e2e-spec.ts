import { launchBrowser, openView, screenshot } from '../support/browser';
import { startClaimsApi, type ClaimsApi } from '../support/claims-api';

describe('the landlord page with outcomes beside the claims', () => {
  let api: ClaimsApi;

  beforeAll(async () => {
    api = await startClaimsApi();
  }, 120_000);
  afterAll(() => api.close());

  it('should show the outcomes and flags beside the claims on the landlord page, as the API gives them', async () => {
    const given = await api.gql(
      `query($id: ID!) { landlord(id: $id) { outcomes { measure period } } claimsVsOutcomes(filter: { landlordIds: [$id] }) { text } }`,
      { id: api.ids.a },
    );
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await openView(page, api.server.url, `#/landlord/${api.ids.a}`);
      const flags = await page.locator('.outcome-flags li strong').allInnerTexts();
      expect(flags).toEqual(given.data!.claimsVsOutcomes.map((f) => `${f.text}.`));
      const rows = await page
        .locator('table.outcomes tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => Array.from(tr.children, (cell) => (cell as HTMLElement).innerText)),
        );
      const outcomes = given.data!.landlord.outcomes as { measure: string; period: string }[];
      expect(rows.map((r) => [r[0], r[1]])).toEqual(outcomes.map((o) => [o.measure, o.period]));
      expect(rows.find((r) => r[0] === 'CH02 stage 1')).toEqual([
        'CH02 stage 1',
        '2023-24',
        'combined',
        '61%',
        '–',
      ]);
      await screenshot(page, 'landlord-outcomes');
    } finally {
      await browser.close();
    }
  });
});
