import ExcelJS from 'exceljs';

/** A cell as the test wants it written: a value, optionally with an Excel number format. */
export type FixtureCell = string | number | Date | null | { value: number; numFmt: string };

export interface FixtureSheet {
  name: string;
  /** Rows from the first; titles and notes above the header, as the published files have. */
  rows: FixtureCell[][];
}

/** An .xlsx file in memory, written by exceljs as the published workbooks are laid out. */
export async function workbookBytes(sheets: FixtureSheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((cells, r) => {
      cells.forEach((cell, c) => {
        if (cell === null) {
          return;
        }
        const target = worksheet.getCell(r + 1, c + 1);
        if (typeof cell === 'object' && !(cell instanceof Date)) {
          target.value = cell.value;
          target.numFmt = cell.numFmt;
        } else {
          target.value = cell;
        }
      });
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The Regulator's list of registered providers, with a title block over the header. */
export function providerListSheet(header: string[], providers: FixtureCell[][]): FixtureSheet {
  return {
    name: 'Organisation Advanced Find View',
    rows: [
      ['List of registered providers'],
      ['Published by the Regulator of Social Housing'],
      [],
      header,
      ...providers,
    ],
  };
}

export interface TsmLandlord {
  name: string;
  code: string;
  type: string;
  /** CH01 stage 1 and 2 (per 1,000 homes); CH02 stage 1 numerator, denominator, share; CH02 stage 2; TP09 (LCRA). */
  figures: [
    FixtureCell,
    FixtureCell,
    FixtureCell,
    FixtureCell,
    FixtureCell,
    FixtureCell,
    FixtureCell,
  ];
}

const PERCENT = (value: number) => ({ value, numFmt: '0%' });
export { PERCENT };

/**
 * A Tenant Satisfaction Measures workbook as published: a management information sheet
 * (title and notes over a header whose row is `headerRow`, footnote digits, non-breaking
 * and zero-width spaces in the headers) and an LCRA perception sheet.
 */
export function tsmWorkbook(
  yearLabel: string,
  headerRow: number,
  landlords: TsmLandlord[],
): Promise<Buffer> {
  const notes = Array.from({ length: headerRow - 2 }, (_, i) => [
    i === 0
      ? `Note ${i + 1}: [X] not applicable, [Z] not provided, [E] estimate, [U] unreliable`
      : `Note ${i + 1}`,
  ]);
  return workbookBytes([
    {
      name: `TSM_${yearLabel.replace('/', '-')}_Management_Info`,
      rows: [
        [`Tenant Satisfaction Measures ${yearLabel}: management information`],
        ...notes,
        [
          'Landlord name\u00B9',
          'Landlord\u00A0code',
          'Landlord type2',
          'Size band',
          'Number of stage one complaints received per 1,000 homes (CH01\u00A01)',
          'Number of stage two complaints received per 1,000 homes\u200B (CH01 2)3',
          'Stage one complaints responded to within Code timescales (CH02 1 numerator)',
          'Stage one complaints responded to (CH02 1 denominator)',
          'Proportion of stage one complaints responded to within the Complaint Handling Code timescales4 (CH02\u00A01)',
          'Proportion of stage two complaints responded to within the Complaint Handling Code timescales (CH02\u200B 2)',
        ],
        ...landlords.map((l) => [
          l.name,
          l.code,
          l.type,
          '1,000 or more',
          ...l.figures.slice(0, 6),
        ]),
      ],
    },
    {
      name: `TSM_${yearLabel.replace('/', '-')}_Perception_LCRA`,
      rows: [
        [`Tenant perception survey ${yearLabel}: low cost rental accommodation`],
        [],
        ['Landlord name', 'Landlord code', 'Satisfaction with complaints handling (TP09)\u00B2'],
        ...landlords.map((l) => [l.name, l.code, l.figures[6]]),
      ],
    },
  ]);
}

/** A landlord's year in the Ombudsman's landlord-level table, cells as the test wants them. */
export interface OmbudsmanTableLandlord {
  name: string;
  type: string;
  /** Number of findings (determinations). */
  findings: FixtureCell;
  /** Severe maladministration, maladministration, service failure, reasonable redress, no maladministration, outside jurisdiction. */
  outcomes: [FixtureCell, FixtureCell, FixtureCell, FixtureCell, FixtureCell, FixtureCell];
  rate: FixtureCell;
}

/** Header wordings as the Ombudsman's tables use them in one edition or another. */
export const OMBUDSMAN_TABLE_HEADERS = {
  xlsx: [
    'Landlord name\u00B9',
    'Landlord type',
    'Number of determinations',
    'Severe maladministration',
    'Maladministration',
    'Service failure',
    'Reasonable redress',
    'No maladministration',
    'Outside jurisdiction',
    'Maladministration rate2',
  ],
  csv: [
    'Financial year',
    'Landlord',
    'Landlord Type',
    'Findings',
    'Severe Maladministration findings',
    'Maladministration findings',
    'Service Failure findings',
    'Reasonable Redress findings',
    'No Maladministration findings',
    'Outside Jurisdiction',
    'Maladministration rate (%)',
  ],
};

/**
 * The Ombudsman's landlord-level table as published: a title naming the year and notes
 * over the header (so the header is not on the first row), one row per landlord.
 */
export function ombudsmanTableSheet(
  yearLabel: string,
  landlords: OmbudsmanTableLandlord[],
  header = OMBUDSMAN_TABLE_HEADERS.xlsx,
): FixtureSheet {
  return {
    name: 'Landlord data',
    rows: [
      [`Housing Ombudsman landlord performance data ${yearLabel}`],
      ['Findings are counted in the year the determination was made.'],
      [],
      header,
      ...landlords.map((l) => [l.name, l.type, l.findings, ...l.outcomes, l.rate]),
      [],
      ['Source: Housing Ombudsman Service'],
    ],
  };
}

/** The same table as a CSV with a year column: notes first, then the header. */
export function ombudsmanTableCsv(yearLabel: string, landlords: OmbudsmanTableLandlord[]): Buffer {
  const quote = (cell: FixtureCell) => {
    const text =
      cell === null
        ? ''
        : cell instanceof Date
          ? cell.toISOString()
          : String(typeof cell === 'object' ? cell.value : cell);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [
    ['Housing Ombudsman landlord performance data'],
    [],
    OMBUDSMAN_TABLE_HEADERS.csv,
    ...landlords.map((l) => [yearLabel, l.name, l.type, l.findings, ...l.outcomes, l.rate]),
  ];
  return Buffer.from(lines.map((cells) => cells.map(quote).join(',')).join('\n'));
}
