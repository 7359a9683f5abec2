import type { Server } from 'node:http';
import { ApiKeysRepository } from '@chc/access';
import { loadConfig } from '@chc/config';
import { createScratchDatabase } from '@chc/db';
import { LandlordEntity } from '@chc/landlords/entities/landlord.entity';
import { OutcomesImportService } from '@chc/outcomes';
import { PIPELINE, type Pipeline } from '@chc/pipeline';
import { startApiServer, type ApiServer } from '../../apps/api/api-server';
import { storeAssessment } from './claims-fixture';
import { tsmWorkbook, workbookBytes, type TsmLandlord } from './outcome-workbooks';
import { testServices } from './services';

export const SECTION_9 = ['9.1', '9.2', '9.3', '9.4', '9.5', '9.6', '9.7', '9.8'];
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

export interface Flag {
  landlord: { name: string };
  provision: string;
  measure: string;
  value: number;
  peerMedian: number | null;
  peerCount: number;
  rule: string;
  text: string;
}

export interface GraphQLData {
  claimsVsOutcomes: Flag[];
  unmatchedOutcomeNames: unknown[];
  linkOutcomeName: unknown;
  landlord: { outcomes: unknown[] };
}

export interface ClaimsApi {
  server: ApiServer;
  /** Landlord ids by key (a–f). */
  ids: Record<string, string>;
  analystKey: string;
  gql(
    query: string,
    variables?: Record<string, unknown>,
    key?: string,
  ): Promise<{ data?: GraphQLData; errors?: { extensions?: { code?: string } }[] }>;
  close(): Promise<void>;
}

/**
 * The API on a scratch database with six landlords, three current assessments, and the
 * TSM, findings and orders above imported (the orders under a name no landlord has).
 */
export async function startClaimsApi(): Promise<ClaimsApi> {
  const database = await createScratchDatabase(testServices().databaseUrl, 'chc_claims');
  const server = await startApiServer(
    loadConfig({ DATABASE_URL: database.url, CHC_LOG_LEVEL: 'error' }),
    0,
  );
  const { dataSource } = server.app.get<Pipeline>(PIPELINE).database;
  const ids: Record<string, string> = {};
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
  const analystKey = (await new ApiKeysRepository(dataSource.manager).create('analyst', 'analyst'))
    .key;
  return {
    server,
    ids,
    analystKey,
    async gql(query, variables, key) {
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
    },
    async close() {
      (server.app.getHttpServer() as Server).closeAllConnections();
      await server.close();
      await database.drop();
    },
  };
}
