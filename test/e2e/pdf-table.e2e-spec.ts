import { DocumentSandbox } from '@ingest/extract';
import { extractDocument } from '@ingest/pipeline';
import {
  buildPdf,
  type PdfPageSpec,
  type PdfRule,
  type PdfTextLine,
} from '@ingest/synthetic/render/pdf-writer';

const COLUMNS = [40, 105, 265, 315, 430, 555];
const HEADER = ['Provision', 'Requirement', 'Comply', 'Evidence', 'Commentary'];

/** A bordered table page: rows as [top, bottom, cells]; `openBottom` leaves the last row unclosed. */
function tablePage(rows: Array<[number, number, string[][]]>, openBottom = false): PdfPageSpec {
  const rules: PdfRule[] = [];
  const lines: PdfTextLine[] = [];
  const top = rows[0]![0];
  const bottom = rows[rows.length - 1]![1];
  for (const [i, [rowTop, rowBottom, cells]] of rows.entries()) {
    rules.push({ x1: COLUMNS[0]!, y1: rowTop, x2: COLUMNS[5]!, y2: rowTop });
    if (!(openBottom && i === rows.length - 1)) {
      rules.push({ x1: COLUMNS[0]!, y1: rowBottom, x2: COLUMNS[5]!, y2: rowBottom });
    }
    cells.forEach((cellLines, c) =>
      cellLines.forEach((text, l) =>
        lines.push({ x: COLUMNS[c]! + 3, y: rowTop + 11 + l * 11, text }),
      ),
    );
  }
  for (const x of COLUMNS) {
    rules.push({ x1: x, y1: top, x2: x, y2: bottom });
  }
  return {
    lines: [
      { x: 40, y: 25, text: 'Riverside Homes: Complaint Handling Code self-assessment', size: 12 },
      ...lines,
    ],
    rules,
  };
}

describe('PDF tables rebuilt from ruling lines', () => {
  const sandbox = new DocumentSandbox();
  afterAll(() => sandbox.close());

  it('should join a row split by a page break, drop the repeated header and keep wrapped lines in order', async () => {
    const header: string[][] = HEADER.map((h) => [h]);
    const pdf = buildPdf([
      tablePage(
        [
          [40, 60, header],
          [
            60,
            100,
            [
              ['1.2'],
              ['A complaint must be defined', 'as an expression of dissatisfaction'],
              ['Yes'],
              ['Complaints Policy', 'section 2'],
              ['Adopted in full.'],
            ],
          ],
          [
            100,
            140,
            [
              ['1.3'],
              ['A resident does not have to', 'use the word complaint'],
              ['No'],
              ['Training log'],
              ['Training starts in'],
            ],
          ],
        ],
        true,
      ),
      tablePage([
        [40, 60, header],
        [60, 85, [[''], ['representative.'], [''], [''], ['May 2025.']]],
        [
          85,
          120,
          [
            ['1.4'],
            ['Landlords must recognise the', 'difference between a service request'],
            ['Partial'],
            ['CRM report'],
            [''],
          ],
        ],
      ]),
    ]);
    const result = await extractDocument('table.pdf', pdf, sandbox);
    expect(result.format).toBe('pdf');
    expect(result.landlord).toBe('Riverside Homes');
    expect(
      result.responses.map((r) => [r.provision, r.compliance, r.evidence, r.commentary, r.page]),
    ).toEqual([
      ['1.2', 'yes', 'Complaints Policy section 2', 'Adopted in full.', 1],
      ['1.3', 'no', 'Training log', 'Training starts in May 2025.', 1],
      ['1.4', 'partial', 'CRM report', '', 2],
    ]);
  });

  it('should rebuild a table with no ruling lines from text positions', async () => {
    const page = tablePage([
      [40, 60, HEADER.map((h) => [h])],
      [
        60,
        95,
        [
          ['1.2'],
          ['A complaint must be defined', 'as an expression of dissatisfaction'],
          ['Yes'],
          ['Complaints Policy', 'section 2'],
          ['Adopted in full.'],
        ],
      ],
      [
        95,
        130,
        [
          ['1.3'],
          ['A resident does not have to', 'use the word complaint'],
          ['No'],
          ['Training log'],
          ['Training starts', 'in May 2025.'],
        ],
      ],
      [
        130,
        165,
        [
          ['1.4'],
          ['Landlords must recognise the', 'difference between a service request'],
          ['Yes'],
          ['CRM report'],
          ['Reviewed monthly.'],
        ],
      ],
      [
        165,
        200,
        [
          ['1.5'],
          ['A complaint must be raised when the', 'resident expresses dissatisfaction'],
          ['N/A'],
          [''],
          [''],
        ],
      ],
    ]);
    const result = await extractDocument(
      'borderless.pdf',
      buildPdf([{ lines: page.lines }]),
      sandbox,
    );
    expect(
      result.responses.map((r) => [r.provision, r.compliance, r.evidence, r.commentary]),
    ).toEqual([
      ['1.2', 'yes', 'Complaints Policy section 2', 'Adopted in full.'],
      ['1.3', 'no', 'Training log', 'Training starts in May 2025.'],
      ['1.4', 'yes', 'CRM report', 'Reviewed monthly.'],
      ['1.5', 'not_applicable', '', ''],
    ]);
  });
});
