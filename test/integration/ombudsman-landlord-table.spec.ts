import { loadConfig } from '@chc/config';
import { createScratchDatabase, openDatabase, type Database } from '@chc/db';
import { LandlordEntity } from '@chc/landlords/entities/landlord.entity';
import { OutcomesImportService, OutcomesRepository } from '@chc/outcomes';
import {
  ombudsmanTableCsv,
  ombudsmanTableSheet,
  workbookBytes,
  type OmbudsmanTableLandlord,
} from '../support/outcome-workbooks';
import { testServices } from '../support/services';

const CASES_CSV = [
  'Housing Ombudsman Service: decisions published',
  'Case ID,Landlord Name,Landlord Type,Decision Date,Category,Finding Outcome',
  '301,Northfield Homes Limited,Housing Association,12/05/2024,Repairs,Severe maladministration',
  '302,Northfield Homes Limited,Housing Association,12/06/2024,Repairs,Maladministration',
  '303,Northfield Homes Limited,Housing Association,12/07/2024,Repairs,Service failure',
  '304,Northfield Homes Limited,Housing Association,12/08/2024,Repairs,No maladministration',
  '305,Northfield Homes Limited,Housing Association,12/09/2024,Repairs,Outside jurisdiction',
  '306,Northfield Homes Limited,Housing Association,12/01/2024,Repairs,Reasonable redress',
  '307,Carrow District Council,Local Authority,01/10/2024,Repairs,Maladministration',
  '308,Carrow District Council,Local Authority,02/10/2024,Repairs,No maladministration',
].join('\n');

const pct = (value: number) => ({ value, numFmt: '0.0%' });

// 2024/25 as the Ombudsman tabulates it: Northfield's year agrees with its cases above.
const TABLE_2024: OmbudsmanTableLandlord[] = [
  {
    name: 'Northfield Homes Ltd',
    type: 'Housing Association',
    findings: 5,
    outcomes: [1, 1, 1, 0, 1, 1],
    rate: pct(0.75),
  },
  {
    name: 'Greenway Homes Limited',
    type: 'Housing Association',
    findings: 12,
    outcomes: [0, 2, 4, 1, 3, 2],
    rate: pct(0.6),
  },
  {
    name: 'Hilltop Housing Trust',
    type: 'Housing Association',
    findings: 3,
    outcomes: [0, 0, 1, 1, 1, 0],
    rate: pct(0.3333),
  },
  {
    name: 'Riverside Lane Homes',
    type: 'Housing Association',
    findings: 'lots',
    outcomes: [0, 0, 1, 1, 1, 0],
    rate: pct(0.3333),
  },
];

interface Row {
  landlord: string | null;
  landlordName: string;
  landlordType: string | null;
  year: number;
  measure: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  sheet: string;
  row: number | null;
}

describe('Ombudsman landlord-level tables', () => {
  let server: { url: string; drop: () => Promise<void> };
  let database: Database;
  let importer: OutcomesImportService;

  beforeAll(async () => {
    server = await createScratchDatabase(testServices().databaseUrl, 'chc_hos_table');
    database = await openDatabase(loadConfig({ DATABASE_URL: server.url, CHC_LOG_LEVEL: 'error' }));
    await database.dataSource.getRepository(LandlordEntity).insert([
      {
        name: 'Northfield Homes Limited',
        kind: 'housing_association',
        registrationNumber: 'L0001',
      },
      { name: 'Carrow District Council', kind: 'local_authority', registrationNumber: '00CN' },
      { name: 'Greenway Homes Ltd', kind: 'other', registrationNumber: '4321' },
    ]);
    importer = new OutcomesImportService(database.dataSource);
  }, 60_000);
  afterAll(async () => {
    await database.close();
    await server.drop();
  });

  const measures = (source: string, where = 'TRUE'): Promise<Row[]> =>
    database.dataSource.query(
      `SELECT l."name" AS "landlord", m."landlordName", m."landlordType", m."year", m."measure", m."value",
              m."numerator", m."denominator", m."sheet", m."row"
       FROM "outcome_measure" m LEFT JOIN "landlord" l ON l."id" = m."landlordId"
       WHERE m."source" = $1 AND ${where} ORDER BY l."name", m."landlordName", m."year", m."measure"`,
      [source],
    );
  const figures = (rows: Row[]) =>
    rows.map((r) => [r.landlord, r.year, r.measure, r.value, r.numerator, r.denominator]);

  it('should read the table cell for cell, header found by its words, %-formatted rates on 0–100', async () => {
    await importer.importFile(Buffer.from(CASES_CSV), 'cases.csv', 'ombudsman');
    const fromCases = figures(
      await measures('ombudsman', `l."name" = 'Northfield Homes Limited' AND m."year" = 2024`),
    );
    expect(fromCases).toEqual([
      ['Northfield Homes Limited', 2024, 'HOS findings', 5, null, null],
      ['Northfield Homes Limited', 2024, 'HOS maladministration rate', 75, 3, 4],
    ]);

    const bytes = await workbookBytes([ombudsmanTableSheet('2024/25', TABLE_2024)]);
    const result = await importer.importFile(bytes, 'landlord-data.xlsx', 'ombudsman');
    expect(result).toMatchObject({ status: 'imported', years: [2024] });
    expect(result.unmatchedNames).toEqual(['Hilltop Housing Trust']);
    expect(result.problems).toEqual([
      {
        sheet: 'Landlord data',
        row: 8,
        reason:
          'column 3 (Number of determinations): "lots" is not a number or a marker such as [X]',
      },
      {
        sheet: 'Landlord data',
        row: 10,
        reason: 'no findings, outcome counts or rate: not a landlord row',
      },
    ]);
    const table = { landlordType: 'Housing Association', year: 2024, sheet: 'Landlord data' };
    expect(await measures('ombudsman', `m."row" IS NOT NULL`)).toEqual([
      {
        landlord: 'Greenway Homes Ltd',
        landlordName: 'Greenway Homes Limited',
        ...table,
        measure: 'HOS findings',
        value: 12,
        numerator: null,
        denominator: null,
        row: 6,
      },
      {
        landlord: 'Greenway Homes Ltd',
        landlordName: 'Greenway Homes Limited',
        ...table,
        measure: 'HOS maladministration rate',
        value: 60,
        numerator: 6,
        denominator: 10,
        row: 6,
      },
      {
        landlord: 'Northfield Homes Limited',
        landlordName: 'Northfield Homes Ltd',
        ...table,
        measure: 'HOS findings',
        value: 5,
        numerator: null,
        denominator: null,
        row: 5,
      },
      {
        landlord: 'Northfield Homes Limited',
        landlordName: 'Northfield Homes Ltd',
        ...table,
        measure: 'HOS maladministration rate',
        value: 75,
        numerator: 3,
        denominator: 4,
        row: 5,
      },
      {
        landlord: null,
        landlordName: 'Hilltop Housing Trust',
        ...table,
        measure: 'HOS findings',
        value: 3,
        numerator: null,
        denominator: null,
        row: 7,
      },
      {
        landlord: null,
        landlordName: 'Hilltop Housing Trust',
        ...table,
        measure: 'HOS maladministration rate',
        value: 33.33,
        numerator: 1,
        denominator: 3,
        row: 7,
      },
    ]);
    // Northfield's 2024-25 now comes from the table alone, with the same figures: never twice.
    const northfield = await measures('ombudsman', `l."name" = 'Northfield Homes Limited'`);
    expect(figures(northfield)).toEqual([
      ['Northfield Homes Limited', 2023, 'HOS findings', 1, null, null],
      ['Northfield Homes Limited', 2023, 'HOS maladministration rate', 0, 0, 1],
      ...fromCases,
    ]);
    expect(northfield.map((r) => r.row)).toEqual([null, null, 5, 5]);
    // The cases themselves stay, for their detail.
    const [{ cases }] = await database.dataSource.query(
      `SELECT count(*)::int AS "cases" FROM "outcome_event" WHERE "source" = 'ombudsman'`,
    );
    expect(cases).toBe(8);
    const review = await new OutcomesRepository(database.dataSource.manager).unmatchedNames(
      'ombudsman',
    );
    expect(review).toEqual([
      { name: 'Hilltop Housing Trust', source: 'ombudsman', rows: 2, years: [2024] },
    ]);

    const before = await measures('ombudsman');
    const again = await importer.importFile(bytes, 'landlord-data (1).xlsx', 'ombudsman');
    expect(again.status).toBe('unchanged');
    expect(await measures('ombudsman')).toEqual(before);
  });

  it('should read a CSV edition with fraction rates, which replaces the table alone and gives back the cases it no longer covers', async () => {
    const csv = ombudsmanTableCsv('2024/25', [
      { ...TABLE_2024[1]!, rate: 0.6 },
      {
        name: 'Carrow District Council',
        type: 'Local Authority',
        findings: 2,
        outcomes: [0, 1, 0, 0, 1, 0],
        rate: 0.5,
      },
    ]);
    const result = await importer.importFile(csv, 'landlord-data.csv', 'ombudsman');
    expect(result).toMatchObject({ status: 'imported', years: [2024], problems: [] });
    expect(figures(await measures('ombudsman', `m."year" = 2024`))).toEqual([
      ['Carrow District Council', 2024, 'HOS findings', 2, null, null],
      ['Carrow District Council', 2024, 'HOS maladministration rate', 50, 1, 2],
      ['Greenway Homes Ltd', 2024, 'HOS findings', 12, null, null],
      ['Greenway Homes Ltd', 2024, 'HOS maladministration rate', 60, 6, 10],
      ['Northfield Homes Limited', 2024, 'HOS findings', 5, null, null],
      ['Northfield Homes Limited', 2024, 'HOS maladministration rate', 75, 3, 4],
    ]);
    // Carrow's year is the table's now (a row of its own); Northfield's is counted from cases again.
    const rows = await measures('ombudsman', `m."year" = 2024`);
    expect(rows.map((r) => [r.landlordName, r.sheet, r.row])).toEqual([
      ['Carrow District Council', 'csv', 5],
      ['Carrow District Council', 'csv', 5],
      ['Greenway Homes Limited', 'csv', 4],
      ['Greenway Homes Limited', 'csv', 4],
      ['Northfield Homes Limited', 'csv', null],
      ['Northfield Homes Limited', 'csv', null],
    ]);

    // A newer file of cases after the table: Carrow's year stays the table's.
    await importer.importFile(
      Buffer.from(
        `${CASES_CSV}\n309,Carrow District Council,Local Authority,03/10/2024,Repairs,Maladministration`,
      ),
      'cases-v2.csv',
      'ombudsman',
    );
    expect(figures(await measures('ombudsman', `l."name" = 'Carrow District Council'`))).toEqual([
      ['Carrow District Council', 2024, 'HOS findings', 2, null, null],
      ['Carrow District Council', 2024, 'HOS maladministration rate', 50, 1, 2],
    ]);
  });

  it("should count a landlord-year once when an analyst links the cases' name to the table's landlord", async () => {
    await importer.importFile(
      Buffer.from(
        `${CASES_CSV}\n310,Greenway Group,Housing Association,04/10/2024,Repairs,Maladministration`,
      ),
      'cases-v3.csv',
      'ombudsman',
    );
    const greenway = () =>
      measures('ombudsman', `m."landlordName" IN ('Greenway Group', 'Greenway Homes Limited')`);
    expect((await greenway()).map((r) => [r.landlord, r.landlordName, r.measure, r.row])).toEqual([
      ['Greenway Homes Ltd', 'Greenway Homes Limited', 'HOS findings', 4],
      ['Greenway Homes Ltd', 'Greenway Homes Limited', 'HOS maladministration rate', 4],
      [null, 'Greenway Group', 'HOS findings', null],
      [null, 'Greenway Group', 'HOS maladministration rate', null],
    ]);
    const [greenwayLandlord] = await database.dataSource.query<{ id: string }[]>(
      `SELECT "id" FROM "landlord" WHERE "name" = 'Greenway Homes Ltd'`,
    );
    await new OutcomesRepository(database.dataSource.manager).linkName(
      'Greenway Group',
      greenwayLandlord!.id,
    );
    expect(figures(await greenway())).toEqual([
      ['Greenway Homes Ltd', 2024, 'HOS findings', 12, null, null],
      ['Greenway Homes Ltd', 2024, 'HOS maladministration rate', 60, 6, 10],
    ]);
  });
});
