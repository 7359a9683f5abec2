import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createScratchDatabase } from '@chc/db';
import { runChc } from '../support/chc-process';
import { providerListSheet, tsmWorkbook, workbookBytes } from '../support/outcome-workbooks';
import { testServices } from '../support/services';

describe('chc outcomes', () => {
  let database: { url: string; drop: () => Promise<void> };
  let dir: string;

  beforeAll(async () => {
    database = await createScratchDatabase(testServices().databaseUrl, 'chc_outcomes_cli');
    dir = mkdtempSync(path.join(tmpdir(), 'chc-outcomes-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await database.drop();
  });

  const chc = (...args: string[]) => runChc(args, { DATABASE_URL: database.url });
  const write = (name: string, bytes: Buffer | string) => {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    return file;
  };

  it('should import a TSM workbook once, list the names it could not match, and refuse a bad source', async () => {
    const list = await workbookBytes([
      providerListSheet(
        ['Organisation name', 'Registration number', 'Designation'],
        [['Northfield Homes Limited', 'L0001', 'Non-profit']],
      ),
    ]);
    expect((await chc('landlords', 'import', write('list.xlsx', list))).code).toBe(0);
    const tsm = write(
      'tsm.xlsx',
      await tsmWorkbook('2023/24', 3, [
        {
          name: 'Northfield Homes Limited',
          code: 'L0001',
          type: 'PRP',
          figures: [40, 6, null, null, 61, 55, 70],
        },
        {
          name: 'Unknown Valley Housing',
          code: 'L7777',
          type: 'PRP',
          figures: ['[Z]', 3, null, null, 'n/k', 80, 66],
        },
      ]),
    );
    const first = await chc('outcomes', 'import', tsm, '--source', 'tsm');
    expect(first.stdout).toContain(
      `${tsm}: 9 rows stored for 2023; 5 matched to landlords, 1 names unmatched, 1 rows not read; 0 claims-vs-outcomes flags`,
    );
    expect(first.stdout).toContain('unmatched: Unknown Valley Housing');
    expect(first.stderr).toMatch(
      /error: .*tsm\.xlsx:TSM_2023-24_Management_Info:5: column 9 \(.*\): "n\/k" is not a number/,
    );
    expect(first.code).toBe(1);

    const again = await chc('outcomes', 'import', tsm, '--source', 'tsm');
    expect(again.stdout).toMatch(/tsm\.xlsx: unchanged \(already imported, sha256 [0-9a-f]{12}\)/);
    const unmatched = await chc('outcomes', 'unmatched');
    expect(unmatched.stdout).toBe(
      'tsm\tUnknown Valley Housing\t4 rows\t2023\n1 names match no landlord\n',
    );

    const wrong = await chc('outcomes', 'import', tsm, '--source', 'regulator');
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toMatch(
      /argument 'regulator' is invalid. Allowed choices are tsm, ombudsman, chfo/,
    );
    const notXlsx = await chc(
      'outcomes',
      'import',
      write('notes.csv', 'just,some\ntext,here\n'),
      '--source',
      'ombudsman',
    );
    expect(notXlsx.stderr).toMatch(
      /notes\.csv: no sheet has a header of findings \("Landlord name".* or of a landlord-level table/,
    );
    expect(notXlsx.code).toBe(2);
  }, 180_000);
});
