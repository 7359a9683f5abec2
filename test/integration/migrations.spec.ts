import { createDataSource, createScratchDatabase } from '@chc/db';
import { testServices } from '../support/services';

describe('migrations against the entities', () => {
  it('should leave nothing for a new migration to do once every migration has run', async () => {
    const database = await createScratchDatabase(testServices().databaseUrl, 'chc_migrations');
    const dataSource = createDataSource({ url: database.url, poolSize: 1 });
    try {
      await dataSource.initialize();
      const ran = await dataSource.runMigrations();
      expect(ran.length).toBe(dataSource.migrations.length);
      // What `npm run migration:generate` would write: nothing, when entities and migrations agree.
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      if (dataSource.isInitialized) {
        await dataSource.destroy();
      }
      await database.drop();
    }
  });
});
