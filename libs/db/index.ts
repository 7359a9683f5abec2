export * from './data-source';
export * from './database';
export * from './entities';
export * from './scratch-database';
export * from './db.errors';
