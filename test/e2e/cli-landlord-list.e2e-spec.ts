import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createScratchDatabase } from '@chc/db';
import { runChc } from '../support/chc-process';
import { providerListSheet, workbookBytes } from '../support/outcome-workbooks';
import { testServices } from '../support/services';

const NOVEMBER = [
  'Organisation name',
  'Registration number',
  'Corporate form',
  'Designation',
  'Registration date',
];
const DECEMBER = ['ORGANISATION NAME', 'Registration Number', 'corporate form', 'DESIGNATION'];

interface Stored {
  name: string;
  kind: string;
  registrationNumber: string | null;
  deregisteredOn: string | null;
  aliases: string[];
}

describe('chc landlords import of the Regulator’s list of registered providers', () => {
  let database: { url: string; drop: () => Promise<void> };
  let dir: string;

  beforeAll(async () => {
    database = await createScratchDatabase(testServices().databaseUrl, 'chc_rp_list');
    dir = mkdtempSync(path.join(tmpdir(), 'chc-rp-list-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await database.drop();
  });

  const chc = (file: string) =>
    runChc(['landlords', 'import', file], { DATABASE_URL: database.url });
  const write = (name: string, bytes: Buffer | string) => {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    return file;
  };
  const stored = async (): Promise<Stored[]> => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const result = await client.query<Stored>(
        `SELECT "name", "kind", "registrationNumber", to_char("deregisteredOn", 'YYYY-MM-DD') AS "deregisteredOn", "aliases"
         FROM "landlord" ORDER BY "name"`,
      );
      return result.rows;
    } finally {
      await client.end();
    }
  };

  it('should key landlords by registration number, take the kind from the designation and mark those that left', async () => {
    // Registered by name before the list was imported: adopted, not duplicated.
    await chc(write('own.csv', 'name,kind\nNorthfield Homes,housing association\n'));
    const november = await workbookBytes([
      providerListSheet(NOVEMBER, [
        [
          'Northfield Homes Limited',
          'L0001',
          'Registered society',
          'Non-profit',
          new Date('2001-05-01'),
        ],
        ['Greenway Lettings Ltd', '4321', 'Company', 'For-profit', new Date('2015-09-30')],
        ['Carrow District Council', '00CN', 'Local authority', 'Local authority', null],
        ['Old Vale Housing', 'L0099', 'Charitable company', 'Non-profit', '01/04/1998'],
        ['Mystery Provider', 'L0500', 'Company', 'Unknown', null],
      ]),
    ]);
    const first = await chc(write('november.xlsx', november));
    expect(first.stdout).toContain('3 landlords added, 1 updated, 1 rejected');
    expect(first.stderr).toMatch(
      /november\.xlsx:Organisation Advanced Find View:9: designation "Unknown" is not non-profit/,
    );

    const december = await workbookBytes([
      providerListSheet(DECEMBER, [
        ['Northfield Homes Limited', 'L0001', 'Registered society', 'Non-profit'],
        ['Greenway Homes Ltd', '4321', 'Company', 'For-profit'],
        ['Carrow District Council', '00CN', 'Local authority', 'Local authority'],
      ]),
    ]);
    const second = await chc(write('december.xlsx', december));
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('0 landlords added, 3 updated, 0 rejected');
    expect(second.stdout).toContain('1 no longer on the list: marked de-registered');
    const today = new Date().toISOString().slice(0, 10);
    expect(await stored()).toEqual([
      {
        name: 'Carrow District Council',
        kind: 'local_authority',
        registrationNumber: '00CN',
        deregisteredOn: null,
        aliases: [],
      },
      {
        name: 'Greenway Homes Ltd',
        kind: 'other',
        registrationNumber: '4321',
        deregisteredOn: null,
        aliases: ['Greenway Lettings Ltd'],
      },
      {
        name: 'Northfield Homes Limited',
        kind: 'housing_association',
        registrationNumber: 'L0001',
        deregisteredOn: null,
        aliases: ['Northfield Homes'],
      },
      {
        name: 'Old Vale Housing',
        kind: 'housing_association',
        registrationNumber: 'L0099',
        deregisteredOn: today,
        aliases: [],
      },
    ]);

    // The same list again changes nothing and duplicates nothing; back on a list, re-registered.
    const again = await chc(write('december-again.xlsx', december));
    expect(again.stdout).toContain('0 landlords added, 3 updated, 0 rejected');
    expect(again.stdout).not.toContain('de-registered');
    const back = await chc(
      write(
        'back.csv',
        'Organisation Name,Registration Number,Designation\nOld Vale Housing,L0099,Non-profit\n',
      ),
    );
    expect(back.stdout).toContain('0 landlords added, 1 updated, 0 rejected');
    const rows = await stored();
    expect(rows).toHaveLength(4);
    expect(rows.find((r) => r.name === 'Old Vale Housing')!.deregisteredOn).toBeNull();
    expect(rows.filter((r) => r.deregisteredOn !== null).map((r) => r.name)).toEqual([
      'Carrow District Council',
      'Greenway Homes Ltd',
      'Northfield Homes Limited',
    ]);
  }, 120_000);
});
