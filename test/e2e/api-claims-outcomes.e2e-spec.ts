import { parse } from 'csv-parse/sync';
import { sectorJobHandler } from '@chc/ingestion/jobs/sector.job';
import { PIPELINE, type Pipeline } from '@chc/pipeline';
import { startClaimsApi, type ClaimsApi, type Flag } from '../support/claims-api';
import { storeAssessment } from '../support/claims-fixture';

describe('claims against outcomes over GraphQL', () => {
  let api: ClaimsApi;
  let ids: Record<string, string>;
  let analystKey: string;
  const gql: ClaimsApi['gql'] = (query, variables, key) => api.gql(query, variables, key);

  beforeAll(async () => {
    api = await startClaimsApi();
    ({ ids, analystKey } = api);
  }, 120_000);
  afterAll(() => api.close());

  const FLAGS = `query($filter: ClaimsFilterInput) { claimsVsOutcomes(filter: $filter) {
    landlord { name } provision measure value peerMedian peerCount rule text } }`;

  it('should give each flag with its figures, median and rule, filtered like the benchmarks', async () => {
    const all = await gql(FLAGS);
    expect(all.errors).toBeUndefined();
    expect(
      all.data!.claimsVsOutcomes.map((f: Flag) => [
        f.landlord.name,
        f.provision,
        f.measure,
        f.value,
        f.peerMedian,
        f.peerCount,
      ]),
    ).toEqual([
      ['Alder Homes', '6.3', 'CH02 stage 1', 61, 89, 6],
      ['Alder Homes', '9.1', 'HOS maladministration rate', 81.8, 50, 5],
    ]);
    expect(all.data!.claimsVsOutcomes[0]!.text).toBe(
      'Yes to 6.3 (Full stage 1 response within 10 working days of acknowledgement) while CH02 stage 1 is 61% in 2023-24 (sector median 89%, 6 landlords)',
    );
    expect(all.data!.claimsVsOutcomes[0]!.rule).toMatch(/below the sector's lower quartile/);
    const onlyLocal = await gql(FLAGS, { filter: { kinds: ['LOCAL_AUTHORITY'] } });
    expect(onlyLocal.data!.claimsVsOutcomes).toEqual([]);
    const byMeasure = await gql(FLAGS, { filter: { measures: ['HOS maladministration rate'] } });
    expect(byMeasure.data!.claimsVsOutcomes.map((f: Flag) => f.provision)).toEqual(['9.1']);
  });

  it('should list a name no landlord has, and let only an analyst link it, which judges the claims again', async () => {
    const unmatched = await gql('{ unmatchedOutcomeNames { name source rows years } }');
    expect(unmatched.data!.unmatchedOutcomeNames).toEqual([
      { name: 'Nowhere Housing Trust', source: 'CHFO', rows: 1, years: [2024] },
    ]);
    const birchId = ids.b!;
    const LINK = `mutation($id: ID!) { linkOutcomeName(name: "Nowhere Housing Trust", landlordId: $id) { name rowsLinked landlord { name } } }`;
    const refused = await gql(LINK, { id: birchId });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const linked = await gql(LINK, { id: birchId }, analystKey);
    expect(linked.data!.linkOutcomeName).toEqual({
      name: 'Nowhere Housing Trust',
      rowsLinked: 2,
      landlord: { name: 'Birch District Council' },
    });
    const local = await gql(FLAGS, { filter: { kinds: ['LOCAL_AUTHORITY'] } });
    expect(
      local.data!.claimsVsOutcomes.map((f: Flag) => [
        f.landlord.name,
        f.provision,
        f.measure,
        f.value,
        f.peerMedian,
      ]),
    ).toEqual([['Birch District Council', '6.13', 'CHFO', 1, null]]);
    const outcomes = await gql(
      `query($id: ID!) { landlord(id: $id) { outcomes(measures: ["CHFO", "CH02 stage 1"]) { measure period tenure value perThousandHomes provenance { fileName sheet row } } } }`,
      { id: birchId },
    );
    expect(outcomes.data!.landlord.outcomes).toEqual([
      {
        measure: 'CHFO',
        period: '2024-25',
        tenure: 'COMBINED',
        value: 1,
        perThousandHomes: 0.5,
        provenance: { fileName: 'chfo.xlsx', sheet: 'Orders', row: null },
      },
      {
        measure: 'CH02 stage 1',
        period: '2023-24',
        tenure: 'COMBINED',
        value: 90,
        perThousandHomes: null,
        provenance: { fileName: 'tsm.xlsx', sheet: 'TSM_2023-24_Management_Info', row: 7 },
      },
    ]);
  });

  it('should export the flags and the outcome tables with the API’s filters', async () => {
    const csv = async (file: string) =>
      parse<Record<string, string>>(
        await (await fetch(`${api.server.url}/api/exports/${file}`)).text(),
        {
          columns: true,
        },
      );
    const flags = await csv('claims_vs_outcomes.csv');
    expect(
      flags.map((f) => [f.landlord_name, f.provision_2024, f.measure, f.value, f.peer_median]),
    ).toEqual([
      ['Alder Homes', '6.3', 'CH02 stage 1', '61', '89'],
      ['Alder Homes', '9.1', 'HOS maladministration rate', '81.8', '50'],
      ['Birch District Council', '6.13', 'CHFO', '1', ''],
    ]);
    const local = await csv('outcomes.csv?kinds=local_authority');
    expect(
      local.map((m) => [
        m.landlord_name,
        m.measure,
        m.year,
        m.value,
        m.per_thousand_homes,
        m.source_file,
        m.row,
      ]),
    ).toEqual([
      ['Birch District Council', 'CH02 stage 1', '2023', '90', '', 'tsm.xlsx', '7'],
      ['Birch District Council', 'CHFO', '2024', '1', '0.5', 'chfo.xlsx', ''],
      ['Birch District Council', 'HOS findings', '2024', '6', '3', 'findings.csv', ''],
      [
        'Birch District Council',
        'HOS maladministration rate',
        '2024',
        '50',
        '',
        'findings.csv',
        '',
      ],
    ]);
  });

  it('should judge a newly stored self-assessment after the sector pass that follows an ingest', async () => {
    const firFlags = async () =>
      (await gql(FLAGS)).data!.claimsVsOutcomes.filter(
        (f: Flag) => f.landlord.name === 'Fir Trust' && f.provision === '6.3',
      );
    // Fir Trust's CH02 stage 1 (70%) is under the lower quartile, but it answered No to 6.3.
    expect(await firFlags()).toEqual([]);
    const { dataSource } = api.server.app.get<Pipeline>(PIPELINE).database;
    await storeAssessment(
      dataSource.manager,
      ids.f!,
      { yes: ['6.3'] },
      { period: '2025-26', year: 2026 },
    );
    await sectorJobHandler(dataSource)({ reason: 'a new assessment' });
    expect((await firFlags()).map((f) => [f.measure, f.value])).toEqual([['CH02 stage 1', 70]]);
  });
});
