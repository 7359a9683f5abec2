import ExcelJS from 'exceljs';

/** Measures a full TSM management information sheet has besides those chc-bench takes. */
const OTHER_MI = ['BS01', 'BS02', 'BS03', 'BS04', 'BS05', 'RP01', 'RP02 1', 'RP02 2', 'NM01 1'];
const PERCEPTION = ['TP01', 'TP02', 'TP03', 'TP04', 'TP05', 'TP06', 'TP07', 'TP08', 'TP09'];

const code = (i: number) => (i % 5 === 0 ? `${String(i).padStart(2, '0')}CN` : `L${4000 + i}`);
const share = (i: number, salt: number) => ((i * 37 + salt * 11) % 1000) / 10;

/**
 * A Tenant Satisfaction Measures full-data workbook at real size: a Management_Info sheet
 * (title and notes over the header, one row per landlord, CH01, CH02 with numerators and
 * denominators among the other measures) and a perception sheet per tenure with TP01–TP12
 * and their numerators and denominators. Some cells hold markers, as published.
 */
export async function fullTsmWorkbook(landlords: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const mi = workbook.addWorksheet('TSM_2024-25_Management_Info');
  mi.addRow(['Tenant Satisfaction Measures 2024/25: management information']);
  mi.addRow(['Note 1: [X] not applicable, [Z] not provided']);
  mi.addRow([]);
  mi.addRow([
    'Landlord name',
    'Landlord code',
    'Landlord type',
    'Size band',
    ...OTHER_MI.map((m) => `Other measure (${m})`),
    'Stage one complaints per 1,000 homes (CH01 1)',
    'Stage two complaints per 1,000 homes (CH01 2)',
    'Stage one complaints within timescales (CH02 1 numerator)',
    'Stage one complaints responded to (CH02 1 denominator)',
    'Proportion of stage one complaints within timescales (CH02 1)',
    'Stage two complaints within timescales (CH02 2 numerator)',
    'Stage two complaints responded to (CH02 2 denominator)',
    'Proportion of stage two complaints within timescales (CH02 2)',
  ]);
  for (let i = 0; i < landlords; i++) {
    mi.addRow([
      `Landlord ${i} Housing Limited`,
      code(i),
      i % 5 === 0 ? 'LA' : 'PRP',
      '1,000 or more',
      ...OTHER_MI.map((_, m) => share(i, m)),
      (i % 90) + 0.5,
      (i % 12) + 0.25,
      500 + (i % 400),
      1000,
      { formula: `J${i + 5}/K${i + 5}`, result: (500 + (i % 400)) / 1000 },
      i % 17 === 0 ? '[X]' : 40 + (i % 50),
      i % 17 === 0 ? '[X]' : 60,
      i % 17 === 0 ? '[X]' : share(i, 3),
    ]);
    mi.getCell(i + 5, 18).numFmt = '0.0%';
  }
  for (const tenure of ['LCRA', 'LCHO', 'Combined']) {
    const sheet = workbook.addWorksheet(`TSM_2024-25_Perception_${tenure}`);
    sheet.addRow([`Tenant perception survey 2024/25: ${tenure}`]);
    sheet.addRow([]);
    sheet.addRow([
      'Landlord name',
      'Landlord code',
      ...PERCEPTION.flatMap((m) => [
        `(${m} numerator)`,
        `(${m} denominator)`,
        `Satisfaction (${m})`,
      ]),
      ...['TP10', 'TP11', 'TP12'].map((m) => `Satisfaction (${m})`),
    ]);
    for (let i = 0; i < landlords; i++) {
      sheet.addRow([
        `Landlord ${i} Housing Limited`,
        code(i),
        ...PERCEPTION.flatMap((_, m) => [300 + m, 500, share(i, m + 20)]),
        share(i, 40),
        share(i, 41),
        share(i, 42),
      ]);
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The landlords the workbook names, for a register to match against (every other one). */
export function tsmLandlords(landlords: number): { name: string; registrationNumber: string }[] {
  return Array.from({ length: landlords }, (_, i) => ({
    name: `Landlord ${i} Housing Limited`,
    registrationNumber: code(i),
  })).filter((_, i) => i % 2 === 0);
}
