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
import { HEADER, period, tableRows, title } from './assessment-rows';
import type { SyntheticAssessment } from '../synthetic-sector';

const row = (cells: string[], header = false) =>
  new TableRow({
    tableHeader: header,
    children: cells.map((text) => new TableCell({ children: [new Paragraph(text)] })),
  });

/** A Word document with the form as one table and a repeated header row. */
export function renderDocx(assessment: SyntheticAssessment): Promise<Buffer> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: title(assessment), heading: HeadingLevel.HEADING_1 }),
          new Paragraph(`Period: ${period(assessment)}`),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [row(HEADER, true), ...tableRows(assessment).map((r) => row(r))],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
