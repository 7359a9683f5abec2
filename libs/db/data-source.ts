import { DataSource } from 'typeorm';
import { LandlordNameKeysSubscriber } from '../landlords/landlord-name-keys.subscriber';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export interface DataSourceOptions {
  url: string;
  /** 1 for the embedded database, which has a single connection. */
  poolSize: number;
  /** Settings for every session, as libpq `options` (e.g. "-c work_mem=32MB"). */
  sessionSettings?: string | null;
}

/** The one TypeORM data source: migrations only, never synchronize. */
export function createDataSource({
  url,
  poolSize,
  sessionSettings,
}: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    subscribers: [LandlordNameKeysSubscriber],
    migrations: MIGRATIONS,
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+ (and PGlite): no extension to install.
    uuidExtension: 'pgcrypto',
    migrationsRun: false,
    extra: { max: poolSize, ...(sessionSettings ? { options: sessionSettings } : {}) },
    logging: false,
  });
}
