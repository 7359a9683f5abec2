import {
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  TextRun,
  type Table,
} from 'docx';
import { stableDocx } from '@ingest/synthetic';
import type { Layout } from './layout-axes';
import { labelledAnswer, WORDINGS } from './label-wordings';
import { documentTitle, introduction, labelPairs, sectionGroups } from './layout-parts';
import type { LayoutContent } from './layout-content';
import { docxTable } from './docx-table';
import type { PrintedRow } from './printed-rows';

/** A4 in twentieths of a point, and the margins a Word user leaves. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1000;
const FONTS = { serif: 'Times New Roman', sans: 'Arial' } as const;

const bold = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })] });

function blocks(layout: Layout, row: PrintedRow): Paragraph[] {
  const wording = WORDINGS[layout.wording]!;
  switch (layout.structure) {
    case 'paragraphs': {
      const parts = [
        row.answer ? labelledAnswer(layout.wording, row.answer) : '',
        row.evidence ? `${wording.evidence}: ${row.evidence}` : '',
        row.commentary ? `${wording.commentary}: ${row.commentary}` : '',
      ].filter(Boolean);
      return [
        new Paragraph({
          children: [
            new TextRun({ text: row.provision, bold: true }),
            new TextRun(` — ${parts.join(' ')}`),
          ],
        }),
      ];
    }
    case 'headings':
      return [
        new Paragraph({
          heading: HeadingLevel.HEADING_3,
          text: layout.withRequirement
            ? `${row.provision} ${row.requirement}`
            : `Provision ${row.provision}`,
        }),
        ...labelPairs(layout, row).flatMap(([label, value]) =>
          value ? [bold(label), new Paragraph(value)] : [bold(label)],
        ),
      ];
    case 'definition-list':
    case 'accordion':
    case 'table':
      throw new Error(`a Word document has no ${layout.structure} blocks`);
  }
}

function body(layout: Layout, rows: PrintedRow[], widthTwips: number): Array<Paragraph | Table> {
  if (layout.structure === 'table' && layout.sectioning !== 'table-per-section') {
    return [docxTable(layout, rows, layout.sectioning === 'section-rows', widthTwips)];
  }
  const groups = layout.sectioning === 'one-table' ? [{ heading: '', rows }] : sectionGroups(rows);
  return groups.flatMap((group) => [
    ...(group.heading
      ? [new Paragraph({ heading: HeadingLevel.HEADING_2, text: group.heading })]
      : []),
    ...(layout.structure === 'table'
      ? [docxTable(layout, group.rows, false, widthTwips), new Paragraph('')]
      : group.rows.flatMap((row) => blocks(layout, row))),
  ]);
}

/** A self-assessment as a Word user would type it up: styles, a table or labelled blocks. */
export async function writeDocx(
  content: LayoutContent,
  layout: Layout,
  rows: PrintedRow[],
): Promise<Buffer> {
  const landscape = layout.orientation === 'landscape';
  const widthTwips = (landscape ? A4.height : A4.width) - 2 * MARGIN;
  const document = new Document({
    creator: content.landlord,
    title: documentTitle(content),
    styles: {
      default: { document: { run: { font: FONTS[layout.font], size: layout.fontSizePt * 2 } } },
    },
    sections: [
      {
        properties: {
          page: {
            size: {
              ...A4,
              orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, text: documentTitle(content) }),
          new Paragraph(introduction(content)),
          ...body(layout, rows, widthTwips),
        ],
      },
    ],
  });
  return stableDocx(await Packer.toBuffer(document));
}
