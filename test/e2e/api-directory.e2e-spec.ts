import { SIZE_BANDS } from '@chc/landlords';
import type { GraphQLResult } from '../support/api-fixture';
import { startSyntheticApi, type SyntheticApi } from '../support/synthetic-api-fixture';

const LANDLORDS = 60;

interface Entry {
  landlord: { id: string; name: string; kind: string; homes: number | null };
  declaredCompliance: number | null;
  evidenceQuality: number | null;
  yes: number;
  stated: number;
}

interface DirectoryPage {
  landlordDirectory: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: Entry }[];
  };
}

const DIRECTORY = `query($first: Int!, $after: String, $filter: LandlordFilterInput, $order: LandlordOrder!, $dir: SortDirection!) {
  landlordDirectory(first: $first, after: $after, filter: $filter, orderBy: $order, direction: $dir) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { landlord { id name kind homes } declaredCompliance evidenceQuality yes stated } } } }`;

describe('the API’s landlord directory and sector views, over a synthetic sector', () => {
  let api: SyntheticApi;

  beforeAll(async () => {
    api = await startSyntheticApi(LANDLORDS, 2);
  }, 180_000);

  afterAll(async () => {
    await api?.close();
  });

  /** Every page of the directory, in order. */
  async function wholeDirectory(variables: Record<string, unknown>): Promise<Entry[]> {
    const entries: Entry[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const { data, errors }: GraphQLResult<DirectoryPage> = await api.gql(DIRECTORY, {
        first: 25,
        after,
        ...variables,
      });
      expect(errors).toBeUndefined();
      const d: DirectoryPage['landlordDirectory'] = data!.landlordDirectory;
      entries.push(...d.edges.map((e) => e.node));
      if (!d.pageInfo.hasNextPage) {
        return entries;
      }
      after = d.pageInfo.endCursor;
    }
    throw new Error('the directory never ended');
  }

  it('should count a 2022 assessment once for a 2024 provision that several of its answers map onto', async () => {
    const [mapped] = await api.dataSource.query<{ assessments: number }[]>(
      `SELECT count(*)::int AS "assessments" FROM (
         SELECT r."assessmentId" FROM "response" r JOIN "assessment" a ON a."id" = r."assessmentId"
         WHERE a."edition" = '2022' AND r."provision2024" = '5.8' GROUP BY r."assessmentId" HAVING count(*) > 1) x`,
    );
    // The store must hold the case, or the test proves nothing.
    expect(mapped!.assessments).toBeGreaterThan(0);
    const [expected] = await api.dataSource.query<{ assessments: number }[]>(
      `SELECT count(DISTINCT r."assessmentId")::int AS "assessments" FROM "response" r
       JOIN "assessment" a ON a."id" = r."assessmentId"
       WHERE r."provision2024" = '5.8' AND a."year" = (SELECT max("year") FROM "assessment")`,
    );
    const { data } = await api.gql<{
      provisionBenchmarks: { provision: string; total: number }[];
      byYear: { group: string; total: number; assessments: number }[];
    }>(
      '{ provisionBenchmarks(provision: "5.8") { provision total } byYear: provisionBreakdown(provision: "5.8", by: YEAR) { group total assessments } }',
    );
    expect(data!.provisionBenchmarks[0]!.total).toBe(expected!.assessments);
    for (const year of data!.byYear) {
      expect([year.group, year.total]).toEqual([year.group, year.assessments]);
    }
    // A landlord's peers are counted the same way: each peer assessment once.
    const [landlord] = await api.dataSource.query<{ id: string }[]>(
      'SELECT "id" FROM "landlord" ORDER BY "name" LIMIT 1',
    );
    const { data: card } = await api.gql<{
      scorecard: { provisions: { provision: string; peers: number }[] };
    }>(
      'query($id: ID!) { scorecard(landlordId: $id, peers: SECTOR) { provisions { provision peers } } }',
      {
        id: landlord!.id,
      },
    );
    const row = card!.scorecard.provisions.find((p) => p.provision === '5.8')!;
    expect(row.peers).toBe(expected!.assessments - 1);
  });

  it('should list size bands by size, smallest first, not by name', async () => {
    const { data } = await api.gql<{ provisionBreakdown: { group: string | null }[] }>(
      '{ provisionBreakdown(provision: "1.2", by: SIZE_BAND) { group } }',
    );
    const groups = data!.provisionBreakdown.map((g) => g.group);
    expect(groups.length).toBeGreaterThanOrEqual(3);
    const order = SIZE_BANDS.map((b) => b.band) as string[];
    expect(groups).toEqual([...groups].sort((a, b) => order.indexOf(a!) - order.indexOf(b!)));
  });

  it('should give the sector’s answers year by year, adding up to the provision benchmarks', async () => {
    const { data } = await api.gql<{
      sectorBreakdown: { group: string; assessments: number; yes: number; total: number }[];
      latest: { yes: number; total: number }[];
    }>(
      `{ sectorBreakdown(by: YEAR) { group assessments yes total }
         latest: provisionBenchmarks(filter: { years: [2025] }) { yes total } }`,
    );
    const years = data!.sectorBreakdown;
    expect(years.map((y) => y.group)).toEqual(['2024', '2025']);
    expect(years.map((y) => y.assessments)).toEqual([LANDLORDS, LANDLORDS]);
    const sum = (key: 'yes' | 'total') => data!.latest.reduce((s, b) => s + b[key], 0);
    expect([years[1]!.yes, years[1]!.total]).toEqual([sum('yes'), sum('total')]);
  });

  it('should page through every landlord once, by name, with the total', async () => {
    const entries = await wholeDirectory({ order: 'NAME', dir: 'ASC' });
    const { data } = await api.gql<DirectoryPage>(DIRECTORY, {
      first: 1,
      order: 'NAME',
      dir: 'ASC',
    });
    expect(data!.landlordDirectory.totalCount).toBe(LANDLORDS);
    expect(new Set(entries.map((e) => e.landlord.id)).size).toBe(LANDLORDS);
    const names = entries.map((e) => e.landlord.name.toLowerCase());
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('should sort by declared compliance and evidence quality in the database, either way', async () => {
    for (const [order, key] of [
      ['DECLARED_COMPLIANCE', 'declaredCompliance'],
      ['EVIDENCE_QUALITY', 'evidenceQuality'],
    ] as const) {
      for (const dir of ['ASC', 'DESC']) {
        const values = (await wholeDirectory({ order, dir })).map((e) => e[key]!);
        expect(values).toHaveLength(LANDLORDS);
        const sorted = [...values].sort((a, b) => (dir === 'ASC' ? a - b : b - a));
        expect([order, dir, values]).toEqual([order, dir, sorted]);
      }
    }
  });

  it('should report the same declared compliance as the landlord’s scorecard', async () => {
    const [first] = await wholeDirectory({ order: 'DECLARED_COMPLIANCE', dir: 'ASC' });
    const { data } = await api.gql<{
      scorecard: { yesShare: number; sections: { answers: number }[]; provisions: unknown[] };
    }>(
      'query($id: ID!) { scorecard(landlordId: $id, peers: SECTOR) { yesShare sections { answers } provisions { provision } } }',
      { id: first!.landlord.id },
    );
    expect(first!.declaredCompliance).toBeCloseTo(data!.scorecard.yesShare, 4);
    expect(first!.declaredCompliance).toBeCloseTo(first!.yes / first!.stated, 4);
    const answers = data!.scorecard.sections.reduce((s, x) => s + x.answers, 0);
    expect(answers).toBe(data!.scorecard.provisions.length);
  });

  it('should filter by kind, size band and name with a total equal to the landlords query', async () => {
    const filter = { kinds: ['HOUSING_ASSOCIATION'], sizeBands: ['MEDIUM', 'LARGE'] };
    const entries = await wholeDirectory({ order: 'SIZE', dir: 'DESC', filter });
    const { data } = await api.gql<{ landlords: { totalCount: number } }>(
      'query($filter: LandlordFilterInput) { landlords(first: 1, filter: $filter) { totalCount } }',
      { filter },
    );
    expect(entries.length).toBe(data!.landlords.totalCount);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.landlord.kind === 'HOUSING_ASSOCIATION')).toBe(true);
    expect(entries.every((e) => e.landlord.homes! >= 1_000 && e.landlord.homes! < 30_000)).toBe(
      true,
    );
    const homes = entries.map((e) => e.landlord.homes!);
    expect(homes).toEqual([...homes].sort((a, b) => b - a));
    const name = entries[0]!.landlord.name;
    const byName = await wholeDirectory({ order: 'NAME', dir: 'ASC', filter: { search: name } });
    expect(byName.map((e) => e.landlord.name)).toContain(name);
  });

  it('should keep the total on a page past the end of the directory and of a search', async () => {
    const { data: page } = await api.gql<DirectoryPage>(DIRECTORY, {
      first: 100,
      order: 'NAME',
      dir: 'ASC',
    });
    const last = page!.landlordDirectory.pageInfo.endCursor;
    const { data: past } = await api.gql<DirectoryPage>(DIRECTORY, {
      first: 10,
      after: last,
      order: 'NAME',
      dir: 'ASC',
    });
    expect(past!.landlordDirectory).toMatchObject({ totalCount: LANDLORDS, edges: [] });
    const search = async (after: string | null) =>
      (
        await api.gql<{
          search: { totalCount: number; pageInfo: { endCursor: string }; edges: unknown[] };
        }>(
          'query($after: String) { search(query: "complaint", first: 100, after: $after) { totalCount pageInfo { endCursor } edges { cursor } } }',
          { after },
        )
      ).data!.search;
    const whole = await search(null);
    expect(whole.totalCount).toBeGreaterThan(0);
    let cursor = whole.pageInfo.endCursor;
    let next = whole;
    while (next.edges.length > 0) {
      next = await search(cursor);
      cursor = next.pageInfo.endCursor ?? cursor;
    }
    expect(next.totalCount).toBe(whole.totalCount);
  });
});
