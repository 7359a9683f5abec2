import { cell, type Block, type Cell } from '@ingest/core';
import type { PdfPage, PdfTextItem } from '../sandbox/reader-messages';
import { streamRows } from './stream-table';
import { lineText, textLines } from './text-lines';
import {
  MARK_SIZE,
  rulingLines,
  RULING_SNAP,
  snapPositions,
  type HorizontalLine,
  type VerticalLine,
} from './ruling-lines';

const BULLET = /^[•●▪◦·‣\-–*]\s*/;
const WHITE = /^#(f[0-9a-f]){3}$/i;

interface Band {
  top: number;
  bottom: number;
  /** Column edges crossing this band, left to right. */
  edges: number[];
}

function medianHeight(items: readonly PdfTextItem[]): number {
  const heights = items.map((i) => i.height).sort((a, b) => a - b);
  return heights[Math.floor(heights.length / 2)] ?? 0;
}

/** Joins a cell's text items into lines, then lines into cell text. */
export function itemsText(items: readonly PdfTextItem[]): string {
  const texts = textLines(items).map(lineText);
  let out = '';
  for (const line of texts) {
    if (!line) {
      continue;
    }
    if (BULLET.test(line) && /^[•●▪◦·‣]/.test(line)) {
      out += `${out ? '\n' : ''}• ${line.replace(BULLET, '')}`;
    } else if (!out) {
      out = line;
    } else if (/[a-z]-$/.test(out) && /^[a-z]/.test(line)) {
      out += line;
    } else {
      out += ` ${line}`;
    }
  }
  return out;
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

function fillInside(
  page: PdfPage,
  x1: number,
  x2: number,
  top: number,
  bottom: number,
): string | null {
  for (const s of page.shapes) {
    if (s.fill === null || WHITE.test(s.fill) || s.x2 - s.x1 < 4 || s.y2 - s.y1 < 4) {
      continue;
    }
    const cx = (s.x1 + s.x2) / 2;
    const cy = (s.y1 + s.y2) / 2;
    if (cx > x1 && cx < x2 && cy > top && cy < bottom) {
      return s.fill;
    }
  }
  return null;
}

/**
 * Rebuilds one page's tables from its ruling lines: horizontal lines cut the page into
 * row bands, the vertical lines crossing a band give its cells (so merged cells come out
 * as one), and each text item goes to the cell holding its centre. Text outside any
 * band is loose text, in reading order.
 */
/** Text items with "• " put back where a drawn bullet mark stands just left of them. */
function withDrawnBullets(page: PdfPage): PdfTextItem[] {
  const marks = page.shapes.filter(
    (s) =>
      s.fill !== null && s.x2 - s.x1 <= MARK_SIZE && s.y2 - s.y1 <= MARK_SIZE && s.x2 - s.x1 > 1,
  );
  const bulleted = new Set<PdfTextItem>();
  for (const mark of marks) {
    const middle = (mark.y1 + mark.y2) / 2;
    let nearest: PdfTextItem | undefined;
    for (const item of page.items) {
      const gap = item.x - mark.x2;
      const sameLine = middle <= item.y && middle >= item.y - item.height;
      if (sameLine && gap >= 0 && gap < item.height * 1.8 && (!nearest || item.x < nearest.x)) {
        nearest = item;
      }
    }
    if (nearest) {
      bulleted.add(nearest);
    }
  }
  return page.items.map((item) =>
    bulleted.has(item) ? { ...item, text: `• ${item.text}` } : item,
  );
}

export function pdfPageBlocks(page: PdfPage): Block[] {
  const { horizontal, vertical } = rulingLines(page.shapes);
  const rowBands = bands(horizontal, vertical);
  const inBand = new Map<Band, PdfTextItem[]>();
  const loose: PdfTextItem[] = [];
  for (const item of withDrawnBullets(page)) {
    const cy = item.y - item.height * 0.35;
    const cx = item.x + Math.min(item.width, 2) / 2;
    const band = rowBands.find(
      (b) =>
        cy >= b.top && cy <= b.bottom && cx >= b.edges[0]! && cx <= b.edges[b.edges.length - 1]!,
    );
    if (band) {
      const items = inBand.get(band);
      if (items) {
        items.push(item);
      } else {
        inBand.set(band, [item]);
      }
    } else {
      loose.push(item);
    }
  }
  const positioned: { top: number; block: Block }[] = [];
  for (const band of rowBands) {
    const items = inBand.get(band) ?? [];
    const cells: Cell[] = [];
    for (let c = 1; c < band.edges.length; c++) {
      const [x1, x2] = [band.edges[c - 1]!, band.edges[c]!];
      if (x2 - x1 < 3) {
        continue;
      }
      const mine = items.filter(
        (item) =>
          item.x + Math.min(item.width, 2) / 2 >= x1 && item.x + Math.min(item.width, 2) / 2 < x2,
      );
      cells.push(cell(itemsText(mine), { fill: fillInside(page, x1, x2, band.top, band.bottom) }));
    }
    if (cells.length > 0) {
      positioned.push({
        top: band.top,
        block: { kind: 'row', cells, markedHeader: false, page: page.number },
      });
    }
  }
  const lines = textLines(loose);
  const stream = rowBands.length === 0 ? streamRows(lines, page.number) : null;
  if (stream) {
    positioned.push(...stream);
  } else {
    const bodySize = medianHeight(page.items);
    for (const line of lines) {
      const text = lineText(line);
      const size = Math.max(...line.map((i) => i.height));
      const heading = size >= bodySize * 1.2;
      if (text) {
        positioned.push({
          top: line[0]!.y - size,
          block: { kind: 'text', text, heading, page: page.number },
        });
      }
    }
  }
  positioned.sort((a, b) => a.top - b.top);
  const blocks: Block[] = [];
  let previousWasRow = false;
  for (const { block } of positioned) {
    if (previousWasRow && block.kind === 'text') {
      blocks.push({ kind: 'break', reason: 'table' });
    }
    blocks.push(block);
    previousWasRow = block.kind === 'row';
  }
  blocks.push({ kind: 'break', reason: 'page' });
  return blocks;
}
