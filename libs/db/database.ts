import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config';
import { createDataSource } from './data-source';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';

/** An open, migrated database and how to close it (and the embedded server, if any). */
export interface Database {
  dataSource: DataSource;
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
  const dataSource = createDataSource({
    url: config.DATABASE_URL ?? embedded!.url,
    poolSize: embedded ? 1 : 10,
  });
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
  } catch (error) {
    if (dataSource.isInitialized) {
      await dataSource.destroy();
    }
    await embedded?.close();
    throw error;
  }
  return {
    dataSource,
    embedded: embedded !== null,
    async close() {
      await dataSource.destroy();
      await embedded?.close();
    },
  };
}
