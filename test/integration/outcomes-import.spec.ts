import { loadConfig } from '@chc/config';
import { createScratchDatabase, openDatabase, type Database } from '@chc/db';
import { LandlordEntity } from '@chc/landlords/entities/landlord.entity';
import { OutcomesImportService, OutcomesRepository } from '@chc/outcomes';
import {
  PERCENT,
  tsmWorkbook,
  workbookBytes,
  type TsmLandlord,
} from '../support/outcome-workbooks';
import { testServices } from '../support/services';

const REGISTERED = [
  { name: 'Northfield Homes Limited', registrationNumber: 'L0001', kind: 'housing_association' },
  { name: 'Carrow District Council', registrationNumber: '00CN', kind: 'local_authority' },
  { name: 'Greenway Homes Ltd', registrationNumber: '4321', kind: 'other' },
] as const;

const YEAR_ONE: TsmLandlord[] = [
  {
    name: 'Northfield Homes Limited',
    code: 'L0001',
    type: 'PRP',
    figures: [40.5, 6.2, 610, 1000, PERCENT(0.61), '[X]', PERCENT(0.7)],
  },
  {
    name: 'Carrow District Council',
    code: '00cn',
    type: 'LA',
    figures: [12, 1.5, null, null, 92, 88.5, 81],
  },
  {
    name: 'Unknown Valley Housing',
    code: 'L7777',
    type: 'PRP',
    figures: ['[Z]', '[E]', null, null, 'n/k', '[U]', 55],
  },
];

interface MeasureRow {
  landlord: string | null;
  landlordName: string;
  landlordCode: string | null;
  landlordType: string | null;
  year: number;
  tenure: string;
  measure: string;
  value: number | null;
  marker: string | null;
  numerator: number | null;
  denominator: number | null;
  sheet: string;
  row: number | null;
}

describe('outcome imports', () => {
  let server: { url: string; drop: () => Promise<void> };
  let database: Database;
  let importer: OutcomesImportService;
  let yearOneBytes: Buffer;

  beforeAll(async () => {
    server = await createScratchDatabase(testServices().databaseUrl, 'chc_outcomes');
    database = await openDatabase(loadConfig({ DATABASE_URL: server.url, CHC_LOG_LEVEL: 'error' }));
    await database.dataSource
      .getRepository(LandlordEntity)
      .insert(REGISTERED.map((l) => ({ ...l })));
    importer = new OutcomesImportService(database.dataSource);
  }, 60_000);
  afterAll(async () => {
    await database.close();
    await server.drop();
  });

  const measures = (where = 'TRUE'): Promise<MeasureRow[]> =>
    database.dataSource.query(
      `SELECT l."name" AS "landlord", m."landlordName", m."landlordCode", m."landlordType", m."year", m."tenure", m."measure",
              m."value", m."marker", m."numerator", m."denominator", m."sheet", m."row"
       FROM "outcome_measure" m LEFT JOIN "landlord" l ON l."id" = m."landlordId"
       WHERE ${where} ORDER BY m."year", m."sheet", m."row", m."measure", m."tenure"`,
    );

  it('should read the TSM complaint measures cell for cell, markers kept, and report what it could not read', async () => {
    yearOneBytes = await tsmWorkbook('2023/24', 4, YEAR_ONE);
    const result = await importer.importFile(yearOneBytes, 'tsm-2023-24.xlsx', 'tsm');
    expect(result).toMatchObject({
      status: 'imported',
      years: [2023],
      rowsStored: 14,
      matched: 10,
    });
    expect(result.unmatchedNames).toEqual(['Unknown Valley Housing']);
    expect(result.problems).toEqual([
      {
        sheet: 'TSM_2023-24_Management_Info',
        row: 7,
        reason: expect.stringMatching(
          /^column 9 \(Proportion of stage one .*\): "n\/k" is not a number or a marker/,
        ),
      },
    ]);
    const mi = 'TSM_2023-24_Management_Info';
    const base = {
      landlordName: 'Northfield Homes Limited',
      landlordCode: 'L0001',
      landlordType: 'PRP',
      year: 2023,
      tenure: 'combined',
      sheet: mi,
      row: 5,
    };
    const none = { marker: null, numerator: null, denominator: null };
    expect(await measures(`m."landlordCode" = 'L0001'`)).toEqual([
      {
        landlord: 'Northfield Homes Limited',
        ...base,
        measure: 'CH01 stage 1',
        value: 40.5,
        ...none,
      },
      {
        landlord: 'Northfield Homes Limited',
        ...base,
        measure: 'CH01 stage 2',
        value: 6.2,
        ...none,
      },
      {
        landlord: 'Northfield Homes Limited',
        ...base,
        measure: 'CH02 stage 1',
        value: 61,
        marker: null,
        numerator: 610,
        denominator: 1000,
      },
      {
        landlord: 'Northfield Homes Limited',
        ...base,
        measure: 'CH02 stage 2',
        value: null,
        marker: '[X]',
        numerator: null,
        denominator: null,
      },
      {
        landlord: 'Northfield Homes Limited',
        ...base,
        landlordType: null,
        sheet: 'TSM_2023-24_Perception_LCRA',
        row: 4,
        tenure: 'lcra',
        measure: 'TP09',
        value: 70,
        ...none,
      },
    ]);
    // A council's code matched in any case; an unregistered code left for review, markers kept.
    const carrow = await measures(`m."landlordCode" = '00CN' AND m."sheet" = '${mi}'`);
    expect(carrow.map((m) => [m.landlord, m.measure, m.value])).toEqual([
      ['Carrow District Council', 'CH01 stage 1', 12],
      ['Carrow District Council', 'CH01 stage 2', 1.5],
      ['Carrow District Council', 'CH02 stage 1', 92],
      ['Carrow District Council', 'CH02 stage 2', 88.5],
    ]);
    const unknown = await measures(`m."landlordCode" = 'L7777' AND m."sheet" = '${mi}'`);
    expect(unknown.map((m) => [m.landlord, m.measure, m.value, m.marker])).toEqual([
      [null, 'CH01 stage 1', null, '[Z]'],
      [null, 'CH01 stage 2', null, '[E]'],
      [null, 'CH02 stage 2', null, '[U]'],
    ]);
    const repository = new OutcomesRepository(database.dataSource.manager);
    expect(await repository.unmatchedNames('tsm')).toEqual([
      { name: 'Unknown Valley Housing', source: 'tsm', rows: 4, years: [2023] },
    ]);
  });

  it('should change nothing when the same file comes again, and keep each year apart', async () => {
    const before = await measures();
    const again = await importer.importFile(yearOneBytes, 'copy.xlsx', 'tsm');
    expect(again.status).toBe('unchanged');
    expect(await measures()).toEqual(before);

    // The next year: header lower down, Northfield's type changed, figures changed.
    const yearTwo = YEAR_ONE.slice(0, 2).map((l) => ({ ...l }));
    yearTwo[0] = { ...yearTwo[0]!, type: 'LARP', figures: [38, 5, 870, 1000, 87, 79, 74] };
    const second = await importer.importFile(
      await tsmWorkbook('2024/25', 7, yearTwo),
      'tsm-2024-25.xlsx',
      'tsm',
    );
    expect(second).toMatchObject({
      status: 'imported',
      years: [2024],
      rowsStored: 10,
      problems: [],
    });
    const northfield = await measures(
      `m."landlordCode" = 'L0001' AND m."measure" = 'CH02 stage 1'`,
    );
    expect(northfield.map((m) => [m.year, m.landlordType, m.value, m.row])).toEqual([
      [2023, 'PRP', 61, 5],
      [2024, 'LARP', 87, 8],
    ]);

    // A corrected edition of 2023/24 replaces that year's rows, and only those.
    const corrected = YEAR_ONE.map((l) => ({ ...l }));
    corrected[1] = { ...corrected[1]!, figures: [12, 1.5, null, null, 93, 88.5, 81] };
    await importer.importFile(
      await tsmWorkbook('2023/24', 4, corrected),
      'tsm-2023-24-v2.xlsx',
      'tsm',
    );
    const carrow = await measures(`m."landlordCode" = '00CN' AND m."measure" = 'CH02 stage 1'`);
    expect(carrow.map((m) => [m.year, m.value])).toEqual([
      [2023, 93],
      [2024, 92],
    ]);
    expect((await measures()).length).toBe(before.length + 10);
  });

  it('should refuse a file that does not say its year unless it is given', async () => {
    const bytes = await workbookBytes([
      {
        name: 'Sheet1',
        rows: [
          ['Landlord name', 'Landlord code', 'Satisfaction (TP09)'],
          ['Greenway Homes Ltd', '4321', 64],
        ],
      },
    ]);
    await expect(importer.importFile(bytes, 'undated.xlsx', 'tsm')).rejects.toThrow(
      'undated.xlsx: sheet "Sheet1" does not say which year it covers: give --year',
    );
    const given = await importer.importFile(bytes, 'undated.xlsx', 'tsm', { year: 2022 });
    expect(given).toMatchObject({ status: 'imported', years: [2022], matched: 1 });
  });

  it('should put TSM percentages written as fractions on 0–100, column by column', async () => {
    const bytes = await tsmWorkbook('2024/25', 3, [
      {
        name: 'Northfield Homes Limited',
        code: 'L0001',
        type: 'PRP',
        figures: [0.4, 0.9, 610, 1000, 0.61, 0.5, 0.7],
      },
      {
        name: 'Carrow District Council',
        code: '00CN',
        type: 'LA',
        figures: [0.2, 1, null, null, 1, 0.885, 0.81],
      },
    ]);
    await importer.importFile(bytes, 'tsm-fractions.xlsx', 'tsm');
    // A new edition of 2024/25: CH02 and TP09 columns of fractions rescaled, CH01 (per 1,000 homes) not.
    const tsm = await measures(`m."year" = 2024`);
    expect(tsm.map((r) => [r.landlord, r.measure, r.value])).toEqual([
      ['Northfield Homes Limited', 'CH01 stage 1', 0.4],
      ['Northfield Homes Limited', 'CH01 stage 2', 0.9],
      ['Northfield Homes Limited', 'CH02 stage 1', 61],
      ['Northfield Homes Limited', 'CH02 stage 2', 50],
      ['Carrow District Council', 'CH01 stage 1', 0.2],
      ['Carrow District Council', 'CH01 stage 2', 1],
      ['Carrow District Council', 'CH02 stage 1', 100],
      ['Carrow District Council', 'CH02 stage 2', 88.5],
      ['Northfield Homes Limited', 'TP09', 70],
      ['Carrow District Council', 'TP09', 81],
    ]);
  });
});
