import type { Server } from 'node:http';
import { parse } from 'csv-parse/sync';
import { ApiKeysRepository } from '@chc/access';
import { loadConfig } from '@chc/config';
import { createScratchDatabase } from '@chc/db';
import { LandlordEntity } from '@chc/landlords/entities/landlord.entity';
import { OutcomesImportService } from '@chc/outcomes';
import { PIPELINE, type Pipeline } from '@chc/pipeline';
import { startApiServer, type ApiServer } from '../../apps/api/api-server';
import { storeAssessment } from '../support/claims-fixture';
import { tsmWorkbook, workbookBytes, type TsmLandlord } from '../support/outcome-workbooks';
import { testServices } from '../support/services';

const SECTION_9 = ['9.1', '9.2', '9.3', '9.4', '9.5', '9.6', '9.7', '9.8'];
// CH02 stage 1: 61, 90, 95, 88, 92, 70 → lower quartile 74.5, median 89 (type 7).
const LANDLORDS = [
  {
    key: 'a',
    name: 'Alder Homes',
    code: 'L0101',
    ch02: 61,
    upheld: 9,
    merits: 11,
    kind: 'housing_association',
    homes: 12_000,
  },
  {
    key: 'b',
    name: 'Birch District Council',
    code: '00BB',
    ch02: 90,
    upheld: 3,
    merits: 6,
    kind: 'local_authority',
    homes: 2_000,
  },
  {
    key: 'c',
    name: 'Cedar Housing',
    code: 'L0103',
    ch02: 95,
    upheld: 2,
    merits: 8,
    kind: 'housing_association',
    homes: 5_000,
  },
  {
    key: 'd',
    name: 'Damson Living',
    code: 'L0104',
    ch02: 88,
    upheld: 0,
    merits: 5,
    kind: 'housing_association',
    homes: 800,
  },
  {
    key: 'e',
    name: 'Elm Homes',
    code: 'L0105',
    ch02: 92,
    upheld: 3,
    merits: 6,
    kind: 'housing_association',
    homes: 3_000,
  },
  {
    key: 'f',
    name: 'Fir Trust',
    code: 'L0106',
    ch02: 70,
    upheld: 1,
    merits: 1,
    kind: 'housing_association',
    homes: 900,
  },
] as const;

/** Findings in 2024-25: `upheld` maladministration and the rest no maladministration. */
function findingsCsv(): string {
  const rows = ['Case ID,Landlord Name,Landlord Type,Decision Date,Category,Finding Outcome'];
  let id = 1;
  for (const l of LANDLORDS) {
    for (let i = 0; i < l.merits; i++) {
      const outcome = i < l.upheld ? 'Maladministration' : 'No maladministration';
      rows.push(`${id++},${l.name},Housing Association,15/07/2024,Repairs,${outcome}`);
    }
  }
  return rows.join('\n');
}

interface Flag {
  landlord: { name: string };
  provision: string;
  measure: string;
  value: number;
  peerMedian: number | null;
  peerCount: number;
  rule: string;
  text: string;
}

interface GraphQLData {
  claimsVsOutcomes: Flag[];
  unmatchedOutcomeNames: unknown[];
  linkOutcomeName: unknown;
  landlord: { outcomes: unknown[] };
}

describe('claims against outcomes over GraphQL', () => {
  let database: { url: string; drop: () => Promise<void> };
  let server: ApiServer;
  let analystKey: string;
  const ids: Record<string, string> = {};

  const gql = async (query: string, variables?: Record<string, unknown>, key?: string) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(key ? { authorization: `Bearer ${key}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as {
      data?: GraphQLData;
      errors?: { extensions?: { code?: string } }[];
    };
  };

  beforeAll(async () => {
    database = await createScratchDatabase(testServices().databaseUrl, 'chc_claims');
    server = await startApiServer(
      loadConfig({ DATABASE_URL: database.url, CHC_LOG_LEVEL: 'error' }),
      0,
    );
    const { dataSource } = server.app.get<Pipeline>(PIPELINE).database;
    for (const l of LANDLORDS) {
      const inserted = await dataSource.getRepository(LandlordEntity).insert({
        name: l.name,
        registrationNumber: l.code,
        kind: l.kind,
        homes: l.homes,
      });
      ids[l.key] = inserted.identifiers[0]!.id as string;
    }
    await storeAssessment(dataSource.manager, ids.a!, { yes: ['6.3', ...SECTION_9], no: ['6.13'] });
    await storeAssessment(dataSource.manager, ids.b!, {
      yes: ['6.3', '6.13', ...SECTION_9.slice(1)],
    });
    await storeAssessment(dataSource.manager, ids.f!, { yes: SECTION_9, no: ['6.3'] });
    const tsm: TsmLandlord[] = LANDLORDS.map((l) => ({
      name: l.name,
      code: l.code,
      type: 'PRP',
      figures: [null, null, null, null, l.ch02, null, null],
    }));
    const importer = new OutcomesImportService(dataSource);
    await importer.importFile(await tsmWorkbook('2023/24', 5, tsm), 'tsm.xlsx', 'tsm');
    await importer.importFile(Buffer.from(findingsCsv()), 'findings.csv', 'ombudsman');
    const orders = await workbookBytes([
      {
        name: 'Orders',
        rows: [
          ['Landlord name', 'Quarter'],
          ['Nowhere Housing Trust', 'Q3 2024/25'],
        ],
      },
    ]);
    await importer.importFile(orders, 'chfo.xlsx', 'chfo');
    analystKey = (await new ApiKeysRepository(dataSource.manager).create('analyst', 'analyst')).key;
  }, 120_000);

  afterAll(async () => {
    (server.app.getHttpServer() as Server).closeAllConnections();
    await server.close();
    await database.drop();
  });

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
        await (await fetch(`${server.url}/api/exports/${file}`)).text(),
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
});
