import { startApiFixture, type ApiFixture } from '../support/api-fixture';
import { goldAssessments, type GoldAssessment } from '../support/gold';

const COUNTED = ['yes', 'no', 'partial', 'not_applicable', 'not_stated'] as const;

function goldCounts(gold: GoldAssessment[]) {
  const counts = new Map<string, Record<string, number>>();
  for (const r of gold.flatMap((g) => g.responses)) {
    const row = counts.get(r.provision) ?? Object.fromEntries(COUNTED.map((c) => [c, 0]));
    row[r.compliance] = (row[r.compliance] ?? 0) + 1;
    counts.set(r.provision, row);
  }
  return counts;
}

interface LandlordPage {
  landlords: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; name: string } }[];
  };
}

describe('GraphQL queries over the corpus', () => {
  let api: ApiFixture;
  const gold = goldAssessments();

  beforeAll(async () => {
    api = await startApiFixture();
  }, 180_000);

  afterAll(() => api.close());

  const landlordId = async (name: string) => {
    const { data } = await api.gql<LandlordPage>(
      'query($f: LandlordFilterInput) { landlords(first: 5, filter: $f) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name } } } }',
      { f: { search: name } },
    );
    return data!.landlords.edges.find((e) => e.node.name === name)!.node.id;
  };

  it('should count answers per provision exactly as the gold labels do', async () => {
    const { data, errors } = await api.gql<{
      provisionBenchmarks: (Record<string, number> & { provision: string })[];
    }>(
      '{ provisionBenchmarks { provision yes no partial notApplicable notStated boilerplateRate } }',
    );
    expect(errors).toBeUndefined();
    const expected = goldCounts(gold);
    expect(data!.provisionBenchmarks.map((p) => p.provision).sort()).toEqual(
      [...expected.keys()].sort(),
    );
    for (const row of data!.provisionBenchmarks) {
      const want = expected.get(row.provision)!;
      expect({
        provision: row.provision,
        yes: row.yes,
        no: row.no,
        partial: row.partial,
        notApplicable: row.notApplicable,
        notStated: row.notStated,
      }).toEqual({
        provision: row.provision,
        yes: want.yes,
        no: want.no,
        partial: want.partial,
        notApplicable: want.not_applicable,
        notStated: want.not_stated,
      });
      expect(row.boilerplateRate).toBeGreaterThanOrEqual(0);
      expect(row.boilerplateRate).toBeLessThanOrEqual(1);
    }
  });

  it('should page through landlords by name with opaque cursors', async () => {
    const names: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const result: { data?: LandlordPage } = await api.gql<LandlordPage>(
        'query($after: String) { landlords(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name } } } }',
        { after },
      );
      const landlords: LandlordPage['landlords'] = result.data!.landlords;
      expect(landlords.totalCount).toBe(gold.length);
      names.push(...landlords.edges.map((e) => e.node.name));
      if (!landlords.pageInfo.hasNextPage) {
        break;
      }
      after = landlords.pageInfo.endCursor;
    }
    expect(names).toEqual(gold.map((g) => g.landlord).sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('should filter landlords by kind and size band, and narrow the benchmarks the same way', async () => {
    const { data } = await api.gql<LandlordPage>(
      '{ landlords(first: 10, filter: { kinds: [HOUSING_ASSOCIATION], sizeBands: [VERY_LARGE] }) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name } } } }',
    );
    // The fixture registry makes the first and fourth corpus landlords large housing associations.
    expect(data!.landlords.edges.map((e) => e.node.name).sort()).toEqual(
      [gold[0]!.landlord, gold[3]!.landlord].sort(),
    );
    const narrowed = await api.gql<{
      provisionBenchmarks: {
        provision: string;
        yes: number;
        no: number;
        partial: number;
        notApplicable: number;
        notStated: number;
      }[];
    }>(
      '{ provisionBenchmarks(filter: { kinds: [HOUSING_ASSOCIATION], sizeBands: [VERY_LARGE] }) { provision yes no partial notApplicable notStated } }',
    );
    const expected = goldCounts([gold[0]!, gold[3]!]);
    for (const row of narrowed.data!.provisionBenchmarks) {
      const want = expected.get(row.provision)!;
      expect(row.yes + row.no + row.partial + row.notApplicable + row.notStated).toBe(
        COUNTED.reduce((s, c) => s + want[c]!, 0),
      );
      expect(row.yes).toBe(want.yes);
    }
  });

  it('should give each landlord its assessment with every answer as the document says', async () => {
    const sample = gold[2]!;
    const { data, errors } = await api.gql<{
      landlord: {
        name: string;
        currentAssessment: {
          edition: string;
          source: { sha256: string };
          responses: {
            totalCount: number;
            edges: { node: { provision: string; compliance: string; flags: { kind: string }[] } }[];
          };
        };
      };
    }>(
      'query($id: ID!) { landlord(id: $id) { name currentAssessment { edition source { sha256 } responses(first: 100) { totalCount edges { node { provision compliance flags { kind } } } } } } }',
      { id: await landlordId(sample.landlord) },
    );
    expect(errors).toBeUndefined();
    const responses = data!.landlord.currentAssessment.responses;
    expect(responses.totalCount).toBe(sample.responses.length);
    const answers = Object.fromEntries(
      responses.edges.map((e) => [e.node.provision, e.node.compliance.toLowerCase()]),
    );
    expect(answers).toEqual(
      Object.fromEntries(sample.responses.map((r) => [r.provision, r.compliance])),
    );
    expect(data!.landlord.currentAssessment.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('should sum up the sector: coverage, full compliance and common gaps', async () => {
    const { data } = await api.gql<{
      sectorSummary: {
        registeredLandlords: number;
        assessedLandlords: number;
        fullyCompliant: number;
        coverage: { edition: string; assessments: number }[];
        mostNonCompliant: { provision: string; notMet: number }[];
      };
    }>(
      '{ sectorSummary { registeredLandlords assessedLandlords fullyCompliant coverage { edition assessments } mostNonCompliant { provision notMet } } }',
    );
    const summary = data!.sectorSummary;
    expect(summary.registeredLandlords).toBe(gold.length);
    expect(summary.assessedLandlords).toBe(gold.length);
    expect(summary.coverage).toEqual([{ edition: 'CODE_2024', assessments: gold.length }]);
    const fully = gold.filter(
      (g) =>
        g.responses.some((r) => r.compliance === 'yes') &&
        !g.responses.some((r) => r.compliance === 'no' || r.compliance === 'partial'),
    );
    expect(summary.fullyCompliant).toBe(fully.length);
    const counts = goldCounts(gold);
    for (const gap of summary.mostNonCompliant) {
      expect(gap.notMet).toBe(counts.get(gap.provision)!.no! + counts.get(gap.provision)!.partial!);
    }
  });

  it('should set a landlord against its peers provision by provision', async () => {
    const me = gold[1]!;
    const others = gold.filter((g) => g !== me);
    const { data, errors } = await api.gql<{
      scorecard: {
        peerAssessments: number;
        provisions: { provision: string; peers: number; peersYesShare: number | null }[];
      };
    }>(
      'query($id: ID!) { scorecard(landlordId: $id, peers: SECTOR) { peerAssessments provisions { provision peers peersYesShare } } }',
      { id: await landlordId(me.landlord) },
    );
    expect(errors).toBeUndefined();
    expect(data!.scorecard.peerAssessments).toBe(others.length);
    for (const row of data!.scorecard.provisions) {
      const peerAnswers = others.flatMap((g) =>
        g.responses.filter((r) => r.provision === row.provision),
      );
      expect(row.peers).toBe(peerAnswers.length);
      expect(row.peersYesShare).toBeCloseTo(
        peerAnswers.filter((r) => r.compliance === 'yes').length / peerAnswers.length,
        6,
      );
    }
  });

  it('should compare landlords side by side in plain words, and refuse a comparison of one', async () => {
    const ids = [await landlordId(gold[0]!.landlord), await landlordId(gold[4]!.landlord)];
    const { data } = await api.gql<{
      compareLandlords: {
        landlords: { summary: string }[];
        provisions: { provision: string; answers: { compliance: string; answerLabel: string }[] }[];
      };
    }>(
      'query($ids: [ID!]!) { compareLandlords(landlordIds: $ids) { landlords { summary } provisions { provision answers { compliance answerLabel } } } }',
      { ids },
    );
    const comparison = data!.compareLandlords;
    expect(comparison.landlords[0]!.summary).toContain(gold[0]!.landlord);
    for (const row of comparison.provisions) {
      const first = gold[0]!.responses.find((r) => r.provision === row.provision);
      expect(row.answers[0]!.compliance.toLowerCase()).toBe(first?.compliance ?? 'not_stated');
      expect(row.answers[0]!.answerLabel).toMatch(/^(Says|Gives)/);
    }
    const one = await api.gql(
      'query($ids: [ID!]!) { compareLandlords(landlordIds: $ids) { landlords { summary } } }',
      { ids: ids.slice(0, 1) },
    );
    expect(one.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('should find evidence by words with the matches marked', async () => {
    const { data } = await api.gql<{
      search: {
        totalCount: number;
        edges: {
          node: {
            snippet: { text: string; match: boolean }[];
            response: { evidence: string; commentary: string };
          };
        }[];
      };
    }>(
      '{ search(query: "stage two", first: 20) { totalCount edges { node { snippet { text match } response { evidence commentary } } } } }',
    );
    const mentions = gold
      .flatMap((g) => g.responses)
      .filter(
        (r) =>
          /\bstage[sd]?\b/i.test(r.evidence + r.commentary) &&
          /\btwo\b/i.test(r.evidence + r.commentary),
      );
    expect(data!.search.totalCount).toBeGreaterThan(0);
    expect(data!.search.totalCount).toBeLessThanOrEqual(gold.flatMap((g) => g.responses).length);
    expect(Math.abs(data!.search.totalCount - mentions.length)).toBeLessThanOrEqual(
      Math.ceil(mentions.length * 0.1),
    );
    for (const edge of data!.search.edges) {
      const matched = edge.node.snippet.filter((p) => p.match).map((p) => p.text.toLowerCase());
      expect(matched.some((m) => m.startsWith('stage') || m === 'two')).toBe(true);
    }
  });
});
