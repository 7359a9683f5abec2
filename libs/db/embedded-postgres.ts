import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  /** A postgres:// URL for the pg driver, on loopback. */
  url: string;
  close(): Promise<void>;
}

/**
 * Starts PostgreSQL compiled to WebAssembly (PGlite) on a folder and serves it on a
 * loopback socket, so TypeORM talks to it through the same pg driver as to a real server.
 * PGlite has one connection: callers must not pool (poolSize 1).
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  const folder = path.join(dataDir, 'pglite');
  mkdirSync(folder, { recursive: true });
  const db = await PGlite.create(folder);
  const server = new PGLiteSocketServer({ db, port: 0, host: '127.0.0.1' });
  await server.start();
  return {
    url: `postgres://postgres@${server.getServerConn()}/postgres`,
    async close() {
      await server.stop();
      await db.close();
    },
  };
}
