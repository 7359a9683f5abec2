import type { Server } from 'node:http';
import type { DataSource } from 'typeorm';
import { loadConfig } from '@chc/config';
import { createScratchDatabase } from '@chc/db';
import { PIPELINE, type Pipeline } from '@chc/pipeline';
import { startApiServer, type ApiServer } from '../../apps/api/api-server';
import { loadSyntheticSector } from '../../bench/support/load-sector';
import type { GraphQLResult } from './api-fixture';
import { testServices } from './services';

export interface SyntheticApi {
  server: ApiServer;
  dataSource: DataSource;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResult<T>>;
  close(): Promise<void>;
}

/**
 * The API over a scratch database holding the seeded synthetic sector: `landlords`
 * landlords of every kind, region and size band, a tenth on the 2022 Code (whose merged
 * provisions map several answers onto one 2024 provision), each with `years` years.
 */
export async function startSyntheticApi(landlords: number, years: number): Promise<SyntheticApi> {
  const database = await createScratchDatabase(testServices().databaseUrl, 'chc_synth');
  const server = await startApiServer(
    loadConfig({ DATABASE_URL: database.url, CHC_LOG_LEVEL: 'error' }),
    0,
  );
  const dataSource = server.app.get<Pipeline>(PIPELINE).database.dataSource;
  await loadSyntheticSector(dataSource, landlords, years);
  return {
    server,
    dataSource,
    async gql<T>(query: string, variables?: Record<string, unknown>) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return {
        status: response.status,
        ...((await response.json()) as Omit<GraphQLResult<T>, 'status'>),
      };
    },
    async close() {
      (server.app.getHttpServer() as Server).closeAllConnections();
      await server.close();
      await database.drop();
    },
  };
}
