import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { CacheWarmer } from '@chc/benchmarks/cache-warmer';
import { ResultCache } from '@chc/benchmarks/result-cache';
import { OutcomesImportService } from '@chc/outcomes';
import { PIPELINE, type Pipeline } from '@chc/pipeline';
import { startClaimsApi, type ClaimsApi, type Flag } from '../support/claims-api';
import { tsmWorkbook, type TsmLandlord } from '../support/outcome-workbooks';
import {
  evidenceQuality,
  importTenures,
  median,
  prepareScatter,
  SCATTER_HAND,
} from '../support/scatter-fixture';

interface Point {
  landlord: { name: string };
  claim: number;
  declaredCompliance: number | null;
  evidenceQuality: number | null;
  yes: number;
  stated: number;
  evidenced: number;
  withText: number;
  value: number;
  year: number;
}

interface Scatter {
  measure: string;
  tenure: string;
  claim: string;
  tenures: string[];
  claiming: number;
  measured: number;
  points: Point[];
  medianClaim: number | null;
  medianValue: number | null;
}

const SCATTER = `query($measure: String, $tenure: Tenure, $claim: ScatterClaim, $filter: SectorFilterInput) {
  outcomeScatter(measure: $measure, tenure: $tenure, claim: $claim, filter: $filter) {
    measure tenure claim tenures claiming measured medianClaim medianValue
    points { landlord { name } claim declaredCompliance evidenceQuality yes stated evidenced withText value year }
  }
}`;

describe('outcomeScatter: the claim figure, the tenure, the cache and landlords counted once', () => {
  let api: ClaimsApi;

  const scatter = async (variables: Record<string, unknown>): Promise<Scatter> => {
    const result = await api.gql(SCATTER, variables);
    expect(result.errors).toBeUndefined();
    return (result.data as unknown as { outcomeScatter: Scatter }).outcomeScatter;
  };
  const byName = (s: Scatter) =>
    Object.fromEntries(s.points.map((p) => [p.landlord.name, p.value]));

  beforeAll(async () => {
    api = await startClaimsApi();
    await prepareScatter(api);
  }, 120_000);
  afterAll(() => api.close());

  it('should set evidence quality against a measure as the landlords directory gives it, leaving out landlords without evidence', async () => {
    const eq = await scatter({ measure: 'CH02 stage 1', claim: 'EVIDENCE_QUALITY' });
    const hand = Object.entries(SCATTER_HAND).filter(([, h]) => evidenceQuality(h) !== null);
    expect(eq.claim).toBe('EVIDENCE_QUALITY');
    expect(eq.points.map((p) => [p.landlord.name, p.evidenced, p.withText, p.value])).toEqual(
      hand.map(([name, h]) => [name, h.evidenced, h.withText, h.ch02]),
    );
    for (const p of eq.points) {
      expect(p.claim).toBeCloseTo(evidenceQuality(SCATTER_HAND[p.landlord.name]!)!, 4);
      expect(p.evidenceQuality).toBe(p.claim);
    }
    // Elm Homes has a figure but no evidence: measured, not claiming, not a point.
    expect([eq.claiming, eq.measured, eq.points.length]).toEqual([5, 6, 5]);
    expect(eq.medianClaim).toBeCloseTo(median(hand.map(([, h]) => evidenceQuality(h)!)), 4);
    expect(eq.medianValue).toBe(median(hand.map(([, h]) => h.ch02)));

    // One definition: the directory's evidence quality, landlord by landlord.
    const directory = await api.gql(
      '{ landlordDirectory(first: 50) { edges { node { landlord { name } evidenceQuality } } } }',
    );
    const listed = (
      directory.data as unknown as {
        landlordDirectory: {
          edges: { node: { landlord: { name: string }; evidenceQuality: number | null } }[];
        };
      }
    ).landlordDirectory.edges.map((e) => e.node);
    for (const p of eq.points) {
      expect(listed.find((l) => l.landlord.name === p.landlord.name)!.evidenceQuality).toBe(
        p.claim,
      );
    }

    // Housing associations only: five declare, four show evidence, so the small-n case
    // (fewer than five points) holds for one claim figure and not the other.
    const filter = { kinds: ['HOUSING_ASSOCIATION'] };
    const declared = await scatter({ measure: 'CH02 stage 1', filter });
    const evidenced = await scatter({ measure: 'CH02 stage 1', filter, claim: 'EVIDENCE_QUALITY' });
    expect(declared.points.map((p) => p.landlord.name)).toEqual([
      'Alder Homes',
      'Cedar Housing',
      'Damson Living',
      'Elm Homes',
      'Fir Trust',
    ]);
    expect(evidenced.points.map((p) => p.landlord.name)).toEqual([
      'Alder Homes',
      'Cedar Housing',
      'Damson Living',
      'Fir Trust',
    ]);
    expect(evidenced.medianClaim).toBeCloseTo(median([0.6, 0.7, 0.75, 8 / 9]), 4);
  });

  it('should answer a repeat from the cache without asking the database, and see a change announced by it', async () => {
    const app = api.server.app;
    const lcra = { measure: 'CH02 stage 1', tenure: 'LCRA' };
    // The overview's precomputation after the fixture's changes is not this query's work.
    await app.get(CacheWarmer).settled();
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    // What the overview asks first (the whole sector, no choice made) is precomputed.
    const overview = { filter: {}, measure: null };
    try {
      expect((await scatter(overview)).points).toHaveLength(6);
      expect(spy.mock.calls).toEqual([]);
      const before = await scatter(lcra);
      expect(before.points).toEqual([]);
      expect(before.tenures).toEqual(['COMBINED']);
      expect(spy.mock.calls.length).toBeGreaterThan(0);
      spy.mockClear();
      expect(await scatter(lcra)).toEqual(before);
      expect(spy.mock.calls).toEqual([]);

      // Figures for each tenure land, imported as `chc outcomes import` does: the database's
      // notice empties the cache, and the next answer has them.
      const announced = new Promise<void>((resolve, reject) => {
        app.get(ResultCache).onInvalidate(resolve);
        setTimeout(() => reject(new Error('no change notice within 15 s')), 15_000).unref();
      });
      await importTenures(api);
      await announced;
      await app.get(CacheWarmer).settled();
      spy.mockClear();
      await scatter(overview);
      expect(spy.mock.calls).toEqual([]);
      const after = await scatter(lcra);
      expect(spy.mock.calls.length).toBeGreaterThan(0);
      spy.mockClear();
      expect(await scatter(lcra)).toEqual(after);
      expect(spy.mock.calls).toEqual([]);

      const hand = Object.entries(SCATTER_HAND).filter(([, h]) => h.lcra !== null);
      expect(after.tenures).toEqual(['COMBINED', 'LCRA', 'LCHO']);
      expect(after.points.map((p) => [p.landlord.name, p.value, p.year])).toEqual(
        hand.map(([name, h]) => [name, h.lcra, 2024]),
      );
      expect(after.medianValue).toBe(median(hand.map(([, h]) => h.lcra!)));
      expect(after.medianClaim).toBeCloseTo(median(hand.map(([, h]) => h.yes / h.stated)), 4);
    } finally {
      spy.mockRestore();
    }
    // The other tenure, and both together still as they were (the 2023-24 figures).
    const lcho = await scatter({ measure: 'CH02 stage 1', tenure: 'LCHO' });
    expect(byName(lcho)).toEqual({ 'Alder Homes': 40, 'Cedar Housing': 80 });
    expect(lcho.measured).toBe(2);
    const combined = await scatter({ measure: 'CH02 stage 1' });
    expect(byName(combined)).toEqual(
      Object.fromEntries(Object.entries(SCATTER_HAND).map(([name, h]) => [name, h.ch02])),
    );
  });

  it('should count a landlord once among its peers when a group’s name and its own are linked to it', async () => {
    const { dataSource } = api.server.app.get<Pipeline>(PIPELINE).database;
    const importer = new OutcomesImportService(dataSource);
    // 2023-24 again, now with the group's own row: CH02 stage 1 with numerator and
    // denominator for Alder Homes (61 of 100) and Alder Group (45 of 50).
    const codes = ['L0101', '00BB', 'L0103', 'L0104', 'L0105', 'L0106'];
    const tsm: TsmLandlord[] = Object.entries(SCATTER_HAND).map(([name, h], i) => ({
      name,
      code: codes[i]!,
      type: 'PRP',
      figures:
        name === 'Alder Homes'
          ? [null, null, 61, 100, 61, null, null]
          : [null, null, null, null, h.ch02, null, null],
    }));
    tsm.push({
      name: 'Alder Group',
      code: 'L0999',
      type: 'PRP',
      figures: [null, null, 45, 50, 90, null, null],
    });
    await importer.importFile(await tsmWorkbook('2023/24', 4, tsm), 'tsm-with-group.xlsx', 'tsm');
    // Findings in 2024-25: upheld of decided on the merits, Alder Group's cases apart.
    const findings: [string, number, number][] = [
      ['Alder Homes', 9, 11],
      ['Alder Group', 1, 5],
      ['Birch District Council', 3, 6],
      ['Cedar Housing', 2, 8],
      ['Damson Living', 0, 5],
      ['Elm Homes', 3, 6],
      ['Fir Trust', 1, 1],
    ];
    const rows = ['Case ID,Landlord Name,Landlord Type,Decision Date,Category,Finding Outcome'];
    for (const [name, upheld, merits] of findings) {
      for (let i = 0; i < merits; i++) {
        const outcome = i < upheld ? 'Maladministration' : 'No maladministration';
        rows.push(`${rows.length},${name},Housing Association,15/07/2024,Repairs,${outcome}`);
      }
    }
    await importer.importFile(Buffer.from(rows.join('\n')), 'findings-group.csv', 'ombudsman');
    const linked = await api.gql(
      `mutation($id: ID!) { linkOutcomeName(name: "Alder Group", landlordId: $id) { rowsLinked } }`,
      { id: api.ids.a },
      api.analystKey,
    );
    expect(linked.errors).toBeUndefined();

    // By hand. Alder's CH02 stage 1 pools its rows weighted by their denominators:
    // (61 × 100 + 90 × 50) / 150 = 70.6667. The six landlords' figures 70, 70.6667, 88,
    // 90, 92, 95: median (88 + 90) / 2 = 89; lower quartile (type 7, position 1.25)
    // 70.6667 + 0.25 × (88 − 70.6667) = 75, so Alder (Yes to 6.3) is flagged.
    // Maladministration rate: Alder 81.8 (9 of 11) and 20 (1 of 5) pooled: (81.8 × 11 +
    // 20 × 5) / 16 = 62.4875 on 16 decisions. Peers with at least 5 decisions: 62.4875, 50,
    // 25, 0, 50 (Fir Trust has 1): median 50, upper quartile (position 3) 50, so Alder (Yes to
    // all of section 9) is flagged.
    const alderCh02 = (61 * 100 + 90 * 50) / 150;
    const alderRate = (81.8 * 11 + 20 * 5) / 16;
    const flags = await api.gql(
      `{ claimsVsOutcomes { landlord { name } provision measure value peerMedian peerCount } }`,
    );
    const got = flags.data!.claimsVsOutcomes.map((f: Flag) => [
      f.landlord.name,
      f.provision,
      f.measure,
      Math.round(f.value * 10_000) / 10_000,
      f.peerMedian,
      f.peerCount,
    ]);
    expect(got).toEqual([
      ['Alder Homes', '6.3', 'CH02 stage 1', Math.round(alderCh02 * 10_000) / 10_000, 89, 6],
      [
        'Alder Homes',
        '9.1',
        'HOS maladministration rate',
        Math.round(alderRate * 10_000) / 10_000,
        50,
        5,
      ],
    ]);

    // The scatter: one point per landlord, with the pooled figure, and medians over six.
    const ch02Scatter = await scatter({ measure: 'CH02 stage 1' });
    expect(ch02Scatter.measured).toBe(6);
    expect(byName(ch02Scatter)).toEqual({
      'Alder Homes': Math.round(alderCh02 * 10_000) / 10_000,
      'Birch District Council': 90,
      'Cedar Housing': 95,
      'Damson Living': 88,
      'Elm Homes': 92,
      'Fir Trust': 70,
    });
    expect(ch02Scatter.medianValue).toBe(89);
    const rate = await scatter({ measure: 'HOS maladministration rate' });
    expect(byName(rate)).toEqual({
      'Alder Homes': Math.round(alderRate * 10_000) / 10_000,
      'Birch District Council': 50,
      'Cedar Housing': 25,
      'Damson Living': 0,
      'Elm Homes': 50,
      'Fir Trust': 100,
    });
    expect(rate.medianValue).toBe(median([alderRate, 50, 25, 0, 50, 100]));
  });
});
