import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config';
import { createDataSource } from './data-source';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';

/** pg_advisory_lock key of the migrations (any fixed number: "chc-migr" in ASCII, cut to 53 bits). */
const MIGRATIONS_LOCK = 0x6368_632d_6d69;

/**
 * Runs the pending migrations, one process at a time: the API and workers on several
 * machines start together, and two migrating one database at once would both create the
 * same tables. The embedded database has one process and one connection: no lock.
 */
async function migrate(dataSource: DataSource, embedded: boolean): Promise<void> {
  if (embedded) {
    await dataSource.runMigrations({ transaction: 'each' });
    return;
  }
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATIONS_LOCK]);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATIONS_LOCK]).catch(() => undefined);
    await lock.release();
  }
}

/** An open, migrated database and how to close it (and the embedded server, if any). */
export interface Database {
  dataSource: DataSource;
  /** The postgres:// URL it is reached at (loopback for the embedded one). */
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

/**
 * Opens the database the configuration names (DATABASE_URL), or an embedded PGlite under
 * CHC_DATA_DIR when it names none, and brings its schema up to date with the migrations.
 */
export async function openDatabase(config: AppConfig): Promise<Database> {
  let embedded: EmbeddedPostgres | null = null;
  if (!config.DATABASE_URL) {
    embedded = await startEmbeddedPostgres(config.CHC_DATA_DIR);
  }
  const url = config.DATABASE_URL ?? embedded!.url;
  const dataSource = createDataSource({
    url,
    poolSize: embedded ? 1 : 10,
    // Room to sort a sector's answers in memory (the percentiles) instead of on disk.
    sessionSettings: embedded ? null : '-c work_mem=32MB',
  });
  try {
    await dataSource.initialize();
    await migrate(dataSource, embedded !== null);
  } catch (error) {
    if (dataSource.isInitialized) {
      await dataSource.destroy();
    }
    await embedded?.close();
    throw error;
  }
  return {
    dataSource,
    url,
    embedded: embedded !== null,
    async close() {
      await dataSource.destroy();
      await embedded?.close();
    },
  };
}
