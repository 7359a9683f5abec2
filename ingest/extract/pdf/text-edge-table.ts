import { cell, readProvisionId, type Block } from '@ingest/core';
import type { PdfShape, PdfTextItem } from '../sandbox/reader-messages';
import { rowCuts, splitRows, type Span } from './row-cuts';
import { fillInside, snapPositions, type HorizontalLine } from './ruling-lines';
import { columnAt, headerAt, type TableColumns } from './table-header';
import { textParagraphs, type PositionedBlock } from './text-paragraphs';
import { itemsText, itemTop, medianHeight, textLines } from './text-lines';

export interface TextEdgePage {
  blocks: PositionedBlock[];
  /** The columns in force at the foot of the page, for a table that carries on. */
  columns: TableColumns | null;
}

interface Region {
  columns: TableColumns;
  lines: PdfTextItem[][];
}

interface Placed extends Span {
  item: PdfTextItem;
  column: number;
}

const sameRoles = (a: TableColumns, b: TableColumns) => a.roles.join() === b.roles.join();

const lineSize = (line: readonly PdfTextItem[]) => Math.max(...line.map((i) => i.height));

/** The column holding the provision numbers: the header's, else where most numbers start. */
function numberColumn(columns: TableColumns, placed: readonly Placed[]): number {
  const named = columns.roles.indexOf('provision');
  if (named >= 0) {
    return named;
  }
  const counts = columns.roles.map(
    (_, c) => placed.filter((p) => p.column === c && readProvisionId(p.item.text)).length,
  );
  return counts.indexOf(Math.max(...counts));
}

/** Rules and stripe edges that cross most of the table: row separators where a table has them. */
function separators(horizontal: readonly HorizontalLine[], left: number, right: number): number[] {
  const width = right - left;
  return snapPositions(
    horizontal
      .filter(
        (h) =>
          Math.min(h.x2, right) - Math.max(h.x1, left) >= width * 0.5 && h.x2 - h.x1 < width * 2,
      )
      .map((h) => h.y),
    2,
  );
}

/** What a page draws: its shapes (for shaded cells) and its horizontal rules. */
export interface PageDrawing {
  shapes: readonly PdfShape[];
  horizontal: readonly HorizontalLine[];
}

function regionRows(region: Region, drawing: PageDrawing, page: number): PositionedBlock[] {
  const { shapes } = drawing;
  const { columns } = region;
  const placed: Placed[] = region.lines.flat().map((item) => ({
    item,
    column: columnAt(columns, item.x),
    top: itemTop(item),
    bottom: item.y,
  }));
  if (placed.length === 0) {
    return [];
  }
  const idColumn = numberColumn(columns, placed);
  const anchors = placed.filter((p) => p.column === idColumn && readProvisionId(p.item.text));
  const right = Math.max(columns.right, ...placed.map((p) => p.item.x + p.item.width));
  const top = Math.min(...placed.map((p) => p.top));
  const bottom = Math.max(...placed.map((p) => p.bottom));
  const rules = separators(drawing.horizontal, columns.left, right).filter(
    (y) => y > top && y < bottom,
  );
  const lineHeight = medianHeight(placed.map((p) => p.item));
  const cuts = rowCuts(placed, anchors, rules, lineHeight);
  const edges = [columns.left - 1, ...columns.boundaries, right + 1];
  return splitRows(placed, cuts)
    .filter((row) => row.length > 0)
    .map((row) => {
      const rowTop = Math.min(...row.map((p) => p.top));
      const rowBottom = Math.max(...row.map((p) => p.bottom));
      const cells = columns.roles.map((_, c) =>
        cell(itemsText(row.filter((p) => p.column === c).map((p) => p.item)), {
          fill: fillInside(shapes, edges[c]!, edges[c + 1]!, rowTop, rowBottom),
        }),
      );
      const block: Block = { kind: 'row', cells, markedHeader: false, page };
      return { top: rowTop, block };
    });
}

/** Whether a line carries on the table above it rather than ending it. */
function continuesTable(
  line: readonly PdfTextItem[],
  region: Region,
  bodySize: number,
  previousBottom: number,
): boolean {
  const size = lineSize(line);
  const left = Math.min(...line.map((i) => i.x));
  const lineTop = Math.min(...line.map(itemTop));
  return (
    size <= bodySize * 1.15 &&
    left >= region.columns.left - size * 2 &&
    lineTop - previousBottom <= bodySize * 3.5
  );
}

/**
 * Reads the tables of a page drawn without vertical rules (borderless, horizontal rules
 * only, zebra stripes, outer border only), after the stream approach of Tabula and Camelot:
 * columns from the header row's labels (or the header of the page before, for a table that
 * carries on), rows anchored on the provision numbers (see `rowCuts`). Text outside the
 * tables comes back as paragraphs.
 */
export function textEdgeBlocks(
  items: readonly PdfTextItem[],
  drawing: PageDrawing,
  page: number,
  carried: TableColumns | null,
): TextEdgePage {
  const lines = textLines(items);
  const bodySize = medianHeight(items);
  const blocks: PositionedBlock[] = [];
  const loose: PdfTextItem[][] = [];
  let columns = carried;
  let region: Region | null = carried ? { columns: carried, lines: [] } : null;
  let previousBottom = -Infinity;
  const close = () => {
    if (region) {
      blocks.push(...regionRows(region, drawing, page));
    }
    region = null;
  };
  for (let i = 0; i < lines.length;) {
    const found = headerAt(lines, i);
    // Inside a table only a repeat of its own header starts a new one: a line of body text
    // can hold label words ("evidence", "assessment") but not the same labels in order.
    const header =
      found && region?.lines.length && !sameRoles(found.columns, region.columns) ? null : found;
    if (header) {
      close();
      columns = header.columns;
      region = { columns, lines: [] };
      blocks.push({
        top: header.top,
        block: { kind: 'row', cells: header.texts.map((t) => cell(t)), markedHeader: true, page },
      });
      previousBottom = Math.max(...lines[header.nextLine - 1]!.map((item) => item.y));
      i = header.nextLine;
      continue;
    }
    const line = lines[i]!;
    const active: Region | null = region;
    const opensTable =
      !active && columns !== null && line.some((item) => readProvisionId(item.text) !== null);
    if (active && continuesTable(line, active, bodySize, previousBottom)) {
      active.lines.push(line);
    } else if (opensTable && columns) {
      region = { columns, lines: [line] };
    } else {
      close();
      loose.push(line);
    }
    previousBottom = Math.max(...line.map((item) => item.y));
    i++;
  }
  close();
  blocks.push(...textParagraphs(loose, page, bodySize));
  return { blocks, columns };
}
