import path from 'node:path';
import { createScratchDatabase } from '@chc/db';
import { runChc } from '../support/chc-process';
import { testServices } from '../support/services';

const EXAMPLES = path.resolve(__dirname, '../../examples');

describe('examples/landlords.csv, the README’s sample registry', () => {
  let database: { url: string; drop: () => Promise<void> };

  beforeAll(async () => {
    database = await createScratchDatabase(testServices().databaseUrl, 'chc_sample');
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('should import every row, and the example documents should find their landlords', async () => {
    const env = { DATABASE_URL: database.url };
    const imported = await runChc(
      ['landlords', 'import', path.join(EXAMPLES, 'landlords.csv')],
      env,
    );
    expect(imported).toMatchObject({
      code: 0,
      stdout: '3 landlords added, 0 updated, 0 rejected; 0 stored documents linked to them\n',
      stderr: '',
    });
    const again = await runChc(['landlords', 'import', path.join(EXAMPLES, 'landlords.csv')], env);
    expect(again.stdout).toBe(
      '0 landlords added, 3 updated, 0 rejected; 0 stored documents linked to them\n',
    );
    // `chc ingest` takes one file, folder or URL at a time.
    for (const document of ['harbour-housing-2024.txt', 'riverside-homes-2024.html']) {
      const ingested = await runChc(['ingest', path.join(EXAMPLES, document)], env);
      expect({ document, code: ingested.code, stderr: ingested.stderr }).toEqual({
        document,
        code: 0,
        stderr: '',
      });
      expect(ingested.stdout).toMatch(/^1 ingested, 0 unchanged, 0 failed/);
      expect(ingested.stdout).not.toContain('not matched to a registered landlord');
    }
  }, 180_000);
});
