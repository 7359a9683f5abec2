import { chmodSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { lockDataFolder } from './data-folder-lock';

export interface EmbeddedPostgres {
  /** A postgres:// URL for the pg driver, on loopback. */
  url: string;
  close(): Promise<void>;
}

/** The folder for this user only: the database files hold every stored document. */
function privateFolder(folder: string): void {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  chmodSync(folder, 0o700);
}

/**
 * Starts PostgreSQL compiled to WebAssembly (PGlite) on a folder and serves it on a
 * loopback socket, so TypeORM talks to it through the same pg driver as to a real server.
 * The folder is locked first: one process owns it until close() (or its exit).
 * PGlite has one connection: callers must not pool (poolSize 1).
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const folder = path.join(dataDir, 'pglite');
  const lock = await lockDataFolder(folder);
  try {
    privateFolder(folder);
    const db = await PGlite.create(folder);
    const server = new PGLiteSocketServer({ db, port: 0, host: '127.0.0.1' });
    await server.start().catch(async (error: unknown) => {
      await db.close();
      throw error;
    });
    return {
      url: `postgres://postgres@${server.getServerConn()}/postgres`,
      async close() {
        try {
          await server.stop();
          await db.close();
        } finally {
          await lock.release();
        }
      },
    };
  } catch (error) {
    await lock.release();
    throw error;
  }
}
