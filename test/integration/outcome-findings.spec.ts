import { loadConfig } from '@chc/config';
import { createScratchDatabase, openDatabase, type Database } from '@chc/db';
import { LandlordEntity } from '@chc/landlords/entities/landlord.entity';
import { OutcomesImportService, OutcomesRepository } from '@chc/outcomes';
import { workbookBytes } from '../support/outcome-workbooks';
import { testServices } from '../support/services';

const FINDINGS_CSV = [
  'Housing Ombudsman Service: decisions published',
  '',
  'Case ID,Landlord Name,Landlord Type,Decision Date,Category,Finding Outcome',
  '202301,Northfield Homes Ltd,Housing Association,12/05/2024,Repairs,Maladministration',
  '202302,NORTHFIELD HOMES LIMITED,Housing Association,2024-06-30,Complaint handling,Severe maladministration',
  '202303,Northfield Homes Limited,Housing Association,01/02/2025,Complaint handling,Service failure',
  '202304,Northfield Homes Limited,Housing Association,03/03/2025,Repairs,No maladministration',
  '202305,Northfield Homes Limited,Housing Association,31/03/2025,Anti-social behaviour,Outside jurisdiction',
  '202306,Northfield Homes Limited,Housing Association,31/03/2024,Repairs,Reasonable redress',
  '202307,Nowhere Housing Trust,Housing Association,10/10/2024,Repairs,Maladministration',
  '202308,Carrow District Council,Local Authority,10/10/2024,Repairs,Pending',
  '202309,Carrow District Council,Local Authority,,Repairs,Maladministration',
].join('\n');

describe('Ombudsman findings and Complaint Handling Failure Orders', () => {
  let server: { url: string; drop: () => Promise<void> };
  let database: Database;
  let importer: OutcomesImportService;
  let ids: Record<string, string>;

  beforeAll(async () => {
    server = await createScratchDatabase(testServices().databaseUrl, 'chc_findings');
    database = await openDatabase(loadConfig({ DATABASE_URL: server.url, CHC_LOG_LEVEL: 'error' }));
    const landlords = database.dataSource.getRepository(LandlordEntity);
    await landlords.insert([
      {
        name: 'Northfield Homes Limited',
        kind: 'housing_association',
        registrationNumber: 'L0001',
      },
      { name: 'Carrow District Council', kind: 'local_authority', registrationNumber: '00CN' },
      { name: 'Greenway Homes Ltd', kind: 'other', aliases: ['Greenway Group'] },
    ]);
    ids = Object.fromEntries((await landlords.find()).map((l) => [l.name, l.id]));
    importer = new OutcomesImportService(database.dataSource);
  }, 60_000);
  afterAll(async () => {
    await database.close();
    await server.drop();
  });

  const counted = (source: string) =>
    database.dataSource.query(
      `SELECT "landlordId", "landlordName", "year", "measure", "value", "numerator", "denominator"
       FROM "outcome_measure" WHERE "source" = $1 ORDER BY "landlordName", "year", "measure"`,
      [source],
    );

  it('should count findings by landlord and year, matching names by key and never guessing', async () => {
    const result = await importer.importFile(
      Buffer.from(FINDINGS_CSV),
      'findings.csv',
      'ombudsman',
    );
    expect(result.years).toEqual([2023, 2024]);
    expect(result.unmatchedNames).toEqual(['Nowhere Housing Trust']);
    expect(result.problems).toEqual([
      {
        sheet: 'csv',
        row: 11,
        reason: 'finding "Pending" is not an outcome the Ombudsman publishes',
      },
      { sheet: 'csv', row: 12, reason: 'decision date "" is not a date' },
    ]);
    // 2024-25 for Northfield: five findings, four on the merits, three upheld = 75%.
    const northfield = ids['Northfield Homes Limited'];
    expect(await counted('ombudsman')).toEqual([
      {
        landlordId: northfield,
        landlordName: 'Northfield Homes Limited',
        year: 2023,
        measure: 'HOS findings',
        value: 1,
        numerator: null,
        denominator: null,
      },
      {
        landlordId: northfield,
        landlordName: 'Northfield Homes Limited',
        year: 2023,
        measure: 'HOS maladministration rate',
        value: 0,
        numerator: 0,
        denominator: 1,
      },
      {
        landlordId: northfield,
        landlordName: 'Northfield Homes Ltd',
        year: 2024,
        measure: 'HOS findings',
        value: 5,
        numerator: null,
        denominator: null,
      },
      {
        landlordId: northfield,
        landlordName: 'Northfield Homes Ltd',
        year: 2024,
        measure: 'HOS maladministration rate',
        value: 75,
        numerator: 3,
        denominator: 4,
      },
      {
        landlordId: null,
        landlordName: 'Nowhere Housing Trust',
        year: 2024,
        measure: 'HOS findings',
        value: 1,
        numerator: null,
        denominator: null,
      },
      {
        landlordId: null,
        landlordName: 'Nowhere Housing Trust',
        year: 2024,
        measure: 'HOS maladministration rate',
        value: 100,
        numerator: 1,
        denominator: 1,
      },
    ]);
    const cases = await database.dataSource.query(
      `SELECT "caseId", "decidedOn"::text, "outcome", "row" FROM "outcome_event" WHERE "caseId" IN ('202302', '202306') ORDER BY "caseId"`,
    );
    expect(cases).toEqual([
      { caseId: '202302', decidedOn: '2024-06-30', outcome: 'severe_maladministration', row: 5 },
      { caseId: '202306', decidedOn: '2024-03-31', outcome: 'reasonable_redress', row: 9 },
    ]);
  });

  it('should read orders by quarter and let an analyst link a group name to a landlord', async () => {
    const orders = await workbookBytes([
      {
        name: 'CHFOs issued',
        rows: [
          ['Complaint Handling Failure Orders'],
          ['LANDLORD NAME', 'Quarter', 'Date issued'],
          ['Northfield Homes', 'Q2 2024/25', null],
          ['Nowhere Housing Trust', null, new Date('2025-01-15')],
          ['Nowhere Housing Trust', 'Q4 2024-25', null],
          ['Greenway Group', 'sometime', null],
        ],
      },
    ]);
    const result = await importer.importFile(orders, 'chfo.xlsx', 'chfo');
    expect(result.problems).toEqual([
      {
        sheet: 'CHFOs issued',
        row: 6,
        reason: 'no quarter (like "Q2 2024/25") and no date of issue',
      },
    ]);
    const quarters = await database.dataSource.query(
      `SELECT "landlordName", "year", "quarter" FROM "outcome_event" WHERE "source" = 'chfo' ORDER BY "row"`,
    );
    expect(quarters).toEqual([
      { landlordName: 'Northfield Homes', year: 2024, quarter: 2 },
      { landlordName: 'Nowhere Housing Trust', year: 2024, quarter: 4 },
      { landlordName: 'Nowhere Housing Trust', year: 2024, quarter: 4 },
    ]);
    const repository = new OutcomesRepository(database.dataSource.manager);
    expect(await repository.unmatchedNames(null)).toEqual([
      { name: 'Nowhere Housing Trust', source: 'chfo', rows: 2, years: [2024] },
      { name: 'Nowhere Housing Trust', source: 'ombudsman', rows: 1, years: [2024] },
    ]);
    // Findings (1 case + 2 counts) and orders (2 + 1 count), all spellings of the name.
    expect(await repository.linkName('nowhere housing trust', ids['Greenway Homes Ltd']!)).toBe(6);
    expect(await repository.unmatchedNames(null)).toEqual([]);
    const greenway = await database.dataSource.query(
      `SELECT "measure", "value" FROM "outcome_measure" WHERE "landlordId" = $1 ORDER BY "measure"`,
      [ids['Greenway Homes Ltd']],
    );
    expect(greenway).toEqual([
      { measure: 'CHFO', value: 2 },
      { measure: 'HOS findings', value: 1 },
      { measure: 'HOS maladministration rate', value: 100 },
    ]);
  });
});
