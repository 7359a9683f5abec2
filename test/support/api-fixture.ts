import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import { ApiKeysRepository, type Role } from '@chc/access';
import { loadConfig } from '@chc/config';
import { createScratchDatabase } from '@chc/db';
import { runIngestJobs } from '@chc/ingestion';
import { ingestJobFor } from '@chc/ingestion/jobs/ingest.job';
import { importLandlords } from '@chc/landlords';
import { PIPELINE, type Pipeline } from '@chc/pipeline';
import { startApiServer, type ApiServer } from '../../apps/api/api-server';
import { corpusDir } from './corpus';
import { goldAssessments } from './gold';
import { testServices } from './services';

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Kinds, regions and sizes given to the corpus landlords in the test registry. */
export const REGISTRY_SHAPES = [
  { kind: 'housing association', region: 'London', homes: 40_000 },
  { kind: 'local authority', region: 'East Midlands', homes: 1_200 },
  { kind: 'almo', region: 'South West', homes: 4_000 },
  { kind: 'housing association', region: 'London', homes: 38_000 },
  { kind: 'housing association', region: 'West Midlands', homes: 9_000 },
];

export interface ApiFixture {
  server: ApiServer;
  pipeline: Pipeline;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    key?: string,
  ): Promise<GraphQLResult<T>>;
  key(role: Role): Promise<string>;
  close(): Promise<void>;
}

/** A scratch PostgreSQL database, or with `embedded` a scratch folder for PGlite. */
async function scratchStore(
  embedded: boolean,
): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> {
  if (embedded) {
    const dir = mkdtempSync(path.join(tmpdir(), 'chc-api-'));
    return {
      env: { CHC_DATA_DIR: dir },
      drop: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
    };
  }
  const database = await createScratchDatabase(testServices().databaseUrl, 'chc_api');
  return { env: { DATABASE_URL: database.url }, drop: database.drop };
}

/**
 * A scratch database (PostgreSQL, or the embedded one with `embedded`) with the corpus
 * landlords registered and their PDF assessments ingested, served by the API on a free port.
 */
export async function startApiFixture(
  env: Record<string, string> = {},
  { embedded = false } = {},
): Promise<ApiFixture> {
  const database = await scratchStore(embedded);
  const config = loadConfig({ ...database.env, CHC_LOG_LEVEL: 'error', ...env });
  const server = await startApiServer(config, 0);
  const pipeline = server.app.get<Pipeline>(PIPELINE);
  const gold = goldAssessments();
  const csv = [
    'name,kind,region,homes',
    ...gold.map((g, i) => {
      const shape = REGISTRY_SHAPES[i % REGISTRY_SHAPES.length]!;
      return `"${g.landlord}",${shape.kind},${shape.region},${shape.homes}`;
    }),
  ].join('\n');
  await importLandlords(pipeline.database.dataSource.manager, csv);
  const dir = corpusDir('pdf');
  const jobs = await Promise.all(
    readdirSync(dir)
      .sort()
      .map((name) =>
        ingestJobFor(
          pipeline.database.dataSource,
          path.join(dir, name),
          readFileSync(path.join(dir, name)),
        ),
      ),
  );
  const run = await runIngestJobs(pipeline.runner, jobs, 'fixture');
  if (run.failed.length > 0 || run.ingested.length !== jobs.length) {
    throw new Error(`fixture ingestion failed: ${run.failed.join('; ')}`);
  }
  return {
    server,
    pipeline,
    async gql<T>(query: string, variables?: Record<string, unknown>, key?: string) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(key ? { authorization: `Bearer ${key}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return {
        status: response.status,
        ...((await response.json()) as Omit<GraphQLResult<T>, 'status'>),
      };
    },
    async key(role: Role) {
      const created = await new ApiKeysRepository(pipeline.database.dataSource.manager).create(
        `test ${role}`,
        role,
      );
      return created.key;
    },
    async close() {
      (server.app.getHttpServer() as Server).closeAllConnections();
      await server.close();
      await database.drop();
    },
  };
}
