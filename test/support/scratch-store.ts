import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '@chc/config';
import { createScratchDatabase, openDatabase, type Database } from '@chc/db';
import { testServices } from './services';

/**
 * Runs `work` on a database of its own, opened (migrated) and afterwards closed and thrown
 * away: a scratch database on the test PostgreSQL, or with `embedded` a PGlite folder.
 */
export async function withScratchStore<T>(
  store: 'postgres' | 'embedded',
  name: string,
  work: (database: Database) => Promise<T>,
): Promise<T> {
  const scratch =
    store === 'embedded'
      ? embeddedFolder(name)
      : await createScratchDatabase(testServices().databaseUrl, name);
  try {
    const database = await openDatabase(
      loadConfig('dir' in scratch ? { CHC_DATA_DIR: scratch.dir } : { DATABASE_URL: scratch.url }),
    );
    try {
      return await work(database);
    } finally {
      await database.close();
    }
  } finally {
    await scratch.drop();
  }
}

function embeddedFolder(name: string): { dir: string; drop(): Promise<void> } {
  const dir = mkdtempSync(path.join(tmpdir(), `${name}-`));
  return { dir, drop: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })) };
}
