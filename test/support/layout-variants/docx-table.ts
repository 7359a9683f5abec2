import {
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
  type ITableBordersOptions,
} from 'docx';
import { columnRoles, type Borders, type ColumnRole, type Layout } from './layout-axes';
import { WORDINGS } from './label-wordings';
import { cellParagraphs, columnPercents, sectionGroups } from './layout-parts';
import type { PrintedRow } from './printed-rows';

const line = (size: number, color = '444444'): IBorderOptions => ({
  style: BorderStyle.SINGLE,
  size,
  color,
});
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };

/** Word's table borders for each style (sizes in eighths of a point). */
const TABLE_BORDERS: Record<Borders, ITableBordersOptions> = {
  grid: {
    top: line(6),
    bottom: line(6),
    left: line(6),
    right: line(6),
    insideHorizontal: line(6),
    insideVertical: line(6),
  },
  none: {
    top: NONE,
    bottom: NONE,
    left: NONE,
    right: NONE,
    insideHorizontal: NONE,
    insideVertical: NONE,
  },
  'horizontal-rules': {
    top: line(6, '8EA9C1'),
    bottom: line(6, '8EA9C1'),
    left: NONE,
    right: NONE,
    insideHorizontal: line(6, '8EA9C1'),
    insideVertical: NONE,
  },
  outer: {
    top: line(8),
    bottom: line(8),
    left: line(8),
    right: line(8),
    insideHorizontal: NONE,
    insideVertical: NONE,
  },
  'header-underline': {
    top: NONE,
    bottom: NONE,
    left: NONE,
    right: NONE,
    insideHorizontal: NONE,
    insideVertical: NONE,
  },
  zebra: {
    top: NONE,
    bottom: NONE,
    left: NONE,
    right: NONE,
    insideHorizontal: NONE,
    insideVertical: NONE,
  },
};

const HEADER_FILL: Partial<Record<Borders, string>> = {
  grid: 'D9E2F3',
  'horizontal-rules': '1F4E79',
  outer: 'F2F2F2',
  zebra: 'DFE6EE',
};
const RAG_FILL: Record<string, string> = { Green: '92D050', Amber: 'FFC000', Red: 'FF5B5B' };
const VERTICAL = {
  top: VerticalAlignTable.TOP,
  middle: VerticalAlignTable.CENTER,
  bottom: VerticalAlignTable.BOTTOM,
} as const;

const fill = (color: string | undefined) =>
  color ? { fill: color, type: ShadingType.CLEAR, color: 'auto' } : undefined;

function headerRow(layout: Layout, roles: ColumnRole[]): TableRow {
  const wording = WORDINGS[layout.wording]!;
  const white = layout.borders === 'horizontal-rules';
  return new TableRow({
    tableHeader: layout.pageBreaks !== 'header-once',
    cantSplit: true,
    children: roles.map(
      (role) =>
        new TableCell({
          shading: fill(HEADER_FILL[layout.borders]),
          borders:
            layout.borders === 'header-underline' ? { bottom: line(12, '000000') } : undefined,
          children: [
            new Paragraph({
              children: [
                new TextRun({
                  text: wording[role],
                  bold: true,
                  color: white ? 'FFFFFF' : undefined,
                }),
              ],
            }),
          ],
        }),
    ),
  });
}

function bodyRow(layout: Layout, roles: ColumnRole[], row: PrintedRow, index: number): TableRow {
  const stripe = layout.borders === 'zebra' && index % 2 === 1 ? 'EEF3F8' : undefined;
  return new TableRow({
    cantSplit: layout.pageBreaks === 'rows-whole',
    children: roles.map((role) => {
      const paragraphs = cellParagraphs(row, role).filter((p) => p !== '');
      return new TableCell({
        verticalAlign: VERTICAL[layout.verticalAlign],
        shading: fill(role === 'rag' ? (RAG_FILL[row.rag] ?? stripe) : stripe),
        children: (paragraphs.length > 0 ? paragraphs : ['']).map((text) => new Paragraph(text)),
      });
    }),
  });
}

function sectionRow(heading: string, span: number): TableRow {
  return new TableRow({
    cantSplit: true,
    children: [
      new TableCell({
        columnSpan: span,
        children: [new Paragraph({ children: [new TextRun({ text: heading, bold: true })] })],
      }),
    ],
  });
}

/** One Word table of rows (with section rows inside when asked), across the given width. */
export function docxTable(
  layout: Layout,
  rows: PrintedRow[],
  sectionRows: boolean,
  widthTwips: number,
): Table {
  const roles = columnRoles(layout);
  const body: TableRow[] = [headerRow(layout, roles)];
  let index = 0;
  for (const group of sectionRows ? sectionGroups(rows) : [{ heading: '', rows }]) {
    if (group.heading) {
      body.push(sectionRow(group.heading, roles.length));
    }
    body.push(...group.rows.map((row) => bodyRow(layout, roles, row, index++)));
  }
  return new Table({
    width: { size: widthTwips, type: WidthType.DXA },
    columnWidths: columnPercents(roles).map((p) => Math.round((p / 100) * widthTwips)),
    borders: TABLE_BORDERS[layout.borders],
    rows: body,
  });
}
