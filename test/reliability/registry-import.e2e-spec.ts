import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createScratchDatabase } from '@chc/db';
import { runChc } from '../support/chc-process';
import { testServices } from '../support/services';

describe('chc landlords import with bad rows', () => {
  let database: { url: string; drop: () => Promise<void> };
  let dir: string;

  beforeAll(async () => {
    database = await createScratchDatabase(testServices().databaseUrl, 'chc_registry');
    dir = mkdtempSync(path.join(tmpdir(), 'chc-registry-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await database.drop();
  });

  const importFile = async (name: string, csv: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, csv);
    const run = await runChc(['landlords', 'import', file], { DATABASE_URL: database.url });
    return { ...run, file, status: run.code };
  };

  const stored = async (): Promise<{ name: string; homes: number | null }[]> => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const result = await client.query<{ name: string; homes: number | null }>(
        'SELECT "name", "homes" FROM "landlord" ORDER BY "name"',
      );
      return result.rows;
    } finally {
      await client.end();
    }
  };

  it('should report each bad row with its file, line, column and reason, and store the good ones', async () => {
    const csv = [
      'name,website,kind,region,homes',
      'Good Homes,https://good.example/,housing association,London,"12,000"',
      'Half Homes,,other,,1.5',
      'Minus Homes,,other,,-40',
      'Vast Homes,,other,,100000000000',
      'Letters Homes,,other,,abc',
      'Script Homes,javascript:alert(1),other,,10',
      'Ftp Homes,ftp://files.example/,other,,10',
      'Hostless Homes,https://,other,,10',
      'Nul\u0000 Homes,,other,,10',
      'Bare Host Homes,bare.example,almo,South West,300',
    ].join('\n');
    const run = await importFile('registry.csv', csv);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('2 landlords added, 0 updated, 8 rejected');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toEqual([
      `error: ${run.file}:3: column 5 (homes): "1.5" is not a whole number of homes`,
      `error: ${run.file}:4: column 5 (homes): "-40" is not a whole number of homes`,
      `error: ${run.file}:5: column 5 (homes): "100000000000" is more than 2,000,000 homes`,
      `error: ${run.file}:6: column 5 (homes): "abc" is not a whole number of homes`,
      `error: ${run.file}:7: column 2 (website): "javascript:alert(1)" must be an http:// or https:// address with a host`,
      `error: ${run.file}:8: column 2 (website): "ftp://files.example/" must be an http:// or https:// address with a host`,
      `error: ${run.file}:9: column 2 (website): "https://" must be an http:// or https:// address with a host`,
      `error: ${run.file}:10: column 1 (name): contains a NUL character`,
    ]);
    expect(await stored()).toEqual([
      { name: 'Bare Host Homes', homes: 300 },
      { name: 'Good Homes', homes: 12_000 },
    ]);
  });

  it.each([
    ['empty.csv', '', /empty\.csv: the file is empty$/],
    ['blank.csv', '\n\n  \n', /blank\.csv: the file is empty$/],
    [
      'header-only.csv',
      'name,website,kind,region,homes\n',
      /header-only\.csv: no landlords under the header row$/,
    ],
    ['no-name.csv', 'title,homes\nA,1\n', /no-name\.csv:1: the header has no "name" column/],
  ])('should refuse %s with one clear line', async (name, csv, message) => {
    const run = await importFile(name, csv);
    expect(run.status).not.toBe(0);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(message)]);
  });
});
