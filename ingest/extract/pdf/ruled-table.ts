import { cell, type Cell } from '@ingest/core';
import type { PdfPage, PdfTextItem } from '../sandbox/reader-messages';
import {
  fillInside,
  RULING_SNAP,
  snapPositions,
  type HorizontalLine,
  type RulingLines,
  type VerticalLine,
} from './ruling-lines';
import type { PositionedBlock } from './text-paragraphs';
import { itemsText } from './text-lines';

interface Band {
  top: number;
  bottom: number;
  /** Column edges crossing this band, left to right. */
  edges: number[];
}

export interface RuledRows {
  rows: PositionedBlock[];
  /** Text outside every ruled cell. */
  loose: PdfTextItem[];
  /** Share of the page's text inside bands of two or more cells. */
  tabularShare: number;
  /** Share of the page's text loose between ruled bands: rows the rules leave out (stripes). */
  interleavedShare: number;
}

function crossing(vertical: readonly VerticalLine[], top: number, bottom: number): number[] {
  const middle = (top + bottom) / 2;
  return snapPositions(
    vertical
      .filter((v) => v.y1 - RULING_SNAP <= middle && v.y2 + RULING_SNAP >= middle)
      .map((v) => v.x),
  );
}

function bands(horizontal: readonly HorizontalLine[], vertical: readonly VerticalLine[]): Band[] {
  // A row cut by a page break has no bottom border; the ends of its column lines close it.
  const ys = snapPositions([
    ...horizontal.map((h) => h.y),
    ...vertical.flatMap((v) => [v.y1, v.y2]),
  ]);
  const out: Band[] = [];
  for (let i = 1; i < ys.length; i++) {
    const top = ys[i - 1]!;
    const bottom = ys[i]!;
    if (bottom - top < 3) {
      continue;
    }
    const edges = crossing(vertical, top, bottom);
    if (edges.length >= 2) {
      out.push({ top, bottom, edges });
    }
  }
  return out;
}

const anchorX = (item: PdfTextItem) => item.x + Math.min(item.width, 2) / 2;

/**
 * Rebuilds one page's ruled tables: horizontal lines cut the page into row bands, the
 * vertical lines crossing a band give its cells (so merged cells come out as one), and
 * each text item goes to the cell holding its start. Text outside any band is loose.
 */
export function ruledRows(
  page: PdfPage,
  items: readonly PdfTextItem[],
  { horizontal, vertical }: RulingLines,
): RuledRows {
  const rowBands = bands(horizontal, vertical);
  const inBand = new Map<Band, PdfTextItem[]>();
  const loose: PdfTextItem[] = [];
  for (const item of items) {
    const cy = item.y - item.height * 0.35;
    const cx = anchorX(item);
    const band = rowBands.find(
      (b) =>
        cy >= b.top && cy <= b.bottom && cx >= b.edges[0]! && cx <= b.edges[b.edges.length - 1]!,
    );
    const held = band ? inBand.get(band) : undefined;
    if (held) {
      held.push(item);
    } else if (band) {
      inBand.set(band, [item]);
    } else {
      loose.push(item);
    }
  }
  const rows: PositionedBlock[] = [];
  let tabular = 0;
  for (const band of rowBands) {
    const mine = inBand.get(band) ?? [];
    const cells: Cell[] = [];
    for (let c = 1; c < band.edges.length; c++) {
      const [x1, x2] = [band.edges[c - 1]!, band.edges[c]!];
      if (x2 - x1 < 3) {
        continue;
      }
      const inCell = mine.filter((item) => anchorX(item) >= x1 && anchorX(item) < x2);
      const fill = fillInside(page.shapes, x1, x2, band.top, band.bottom);
      cells.push(cell(itemsText(inCell), { fill }));
    }
    if (cells.length >= 2) {
      tabular += mine.length;
    }
    if (cells.length > 0) {
      rows.push({
        top: band.top,
        block: { kind: 'row', cells, markedHeader: false, page: page.number },
      });
    }
  }
  const share = (count: number) => (items.length === 0 ? 0 : count / items.length);
  const top = Math.min(...rowBands.map((b) => b.top));
  const bottom = Math.max(...rowBands.map((b) => b.bottom));
  const left = Math.min(...rowBands.map((b) => b.edges[0]!));
  const right = Math.max(...rowBands.map((b) => b.edges[b.edges.length - 1]!));
  const interleaved = loose.filter(
    (item) => item.y > top && item.y < bottom && anchorX(item) > left && anchorX(item) < right,
  ).length;
  return { rows, loose, tabularShare: share(tabular), interleavedShare: share(interleaved) };
}
