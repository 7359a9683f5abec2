import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  WidthType,
} from 'docx';
import { completion, HEADER, period, tableRows, title } from './assessment-rows';
import { stableDocx } from './stable-docx';
import type { SyntheticAssessment } from '../synthetic-sector';

const row = (cells: string[], header = false) =>
  new TableRow({
    tableHeader: header,
    children: cells.map((text) => new TableCell({ children: [new Paragraph(text)] })),
  });

/**
 * A Word document with the form as one table and a repeated header row; the same
 * assessment gives the same bytes, so a site serving it again serves it unchanged.
 */
export async function renderDocx(assessment: SyntheticAssessment): Promise<Buffer> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: title(assessment), heading: HeadingLevel.HEADING_1 }),
          new Paragraph(`Period: ${period(assessment)}`),
          new Paragraph(completion(assessment)),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [row(HEADER, true), ...tableRows(assessment).map((r) => row(r))],
          }),
        ],
      },
    ],
  });
  return stableDocx(await Packer.toBuffer(document));
}
