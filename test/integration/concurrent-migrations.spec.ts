import { loadConfig } from '@chc/config';
import { createScratchDatabase, openDatabase } from '@chc/db';
import { testServices } from '../support/services';

describe('several processes opening a new database at once', () => {
  it('should migrate it once, every process starting', async () => {
    // The API and workers on several machines start together on an empty database.
    const database = await createScratchDatabase(testServices().databaseUrl, 'chc_race');
    const config = loadConfig({ DATABASE_URL: database.url });
    const opened = await Promise.allSettled([1, 2, 3, 4].map(() => openDatabase(config)));
    try {
      expect(opened.filter((o) => o.status === 'rejected').map((o) => String(o.reason))).toEqual(
        [],
      );
      const first = opened.find((o) => o.status === 'fulfilled')!.value;
      const rows = await first.dataSource.query<{ count: number }[]>(
        'SELECT count(*)::int AS count FROM migrations',
      );
      expect(rows[0]!.count).toBe(first.dataSource.migrations.length);
    } finally {
      for (const o of opened) {
        if (o.status === 'fulfilled') {
          await o.value.close();
        }
      }
      await database.drop();
    }
  });
});
