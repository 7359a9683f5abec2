import { cell, type Block } from '@ingest/core';
import type { PdfTextItem } from '../sandbox/reader-messages';
import { lineText } from './text-lines';

export interface PositionedBlock {
  top: number;
  block: Block;
}

const ALIGN = 4;

/** Splits a line where the gap between items is wider than a space: a column boundary. */
function segments(line: readonly PdfTextItem[]): PdfTextItem[][] {
  const out: PdfTextItem[][] = [];
  let end = -Infinity;
  for (const item of line) {
    const gap = item.x - end;
    const current = out[out.length - 1];
    if (current && gap < Math.max(6, item.height * 1.2)) {
      current.push(item);
    } else {
      out.push([item]);
    }
    end = item.x + item.width;
  }
  return out;
}

/** Left edges shared by many segments: the starts of the table's columns. */
function columnStarts(starts: readonly number[], support: number): number[] {
  const sorted = [...starts].sort((a, b) => a - b);
  const clusters: { x: number; count: number }[] = [];
  for (const x of sorted) {
    const last = clusters[clusters.length - 1];
    if (last && x - last.x <= ALIGN) {
      last.count++;
    } else {
      clusters.push({ x, count: 1 });
    }
  }
  return clusters.filter((c) => c.count >= support).map((c) => c.x);
}

/**
 * Rebuilds a table with no ruling lines from text positions alone: column starts are the
 * left edges that many lines share, and each visual line becomes a row with its pieces
 * in those columns (wrapped cells give continuation rows, which parsing joins). Null when
 * the page does not look like a table.
 */
export function streamRows(
  lines: readonly PdfTextItem[][],
  page: number,
): PositionedBlock[] | null {
  if (lines.length < 4) {
    return null;
  }
  const pieces = lines.map(segments);
  const support = Math.max(3, Math.ceil(lines.length * 0.15));
  const columns = columnStarts(
    pieces.flatMap((line) => line.map((segment) => segment[0]!.x)),
    support,
  );
  const multiColumn = pieces.filter((line) => line.length >= 2).length;
  if (columns.length < 3 || multiColumn < Math.max(3, lines.length * 0.2)) {
    return null;
  }
  const first = pieces.findIndex((line) => line.length >= 3);
  const last = pieces.length - 1 - [...pieces].reverse().findIndex((line) => line.length >= 2);
  // Tight gutters merge neighbouring cells; an item starting on a column edge starts a cell.
  const split = pieces.map((line) =>
    line.flatMap((segment) => {
      const parts: PdfTextItem[][] = [];
      for (const item of segment) {
        const onEdge = columns.some((x) => Math.abs(item.x - x) <= ALIGN);
        const current = parts[parts.length - 1];
        if (current && !onEdge) {
          current.push(item);
        } else {
          parts.push([item]);
        }
      }
      return parts;
    }),
  );
  return split.map((line, i) => {
    const top = Math.min(...lines[i]!.map((item) => item.y - item.height));
    if (first < 0 || i < first || i > last) {
      return { top, block: { kind: 'text', text: lineText(lines[i]!), heading: false, page } };
    }
    const texts = columns.map(() => '');
    for (const segment of line) {
      const x = segment[0]!.x;
      let column = 0;
      columns.forEach((start, c) => {
        if (start <= x + ALIGN) {
          column = c;
        }
      });
      texts[column] = [texts[column], lineText(segment)].filter(Boolean).join(' ');
    }
    return {
      top,
      block: { kind: 'row', cells: texts.map((t) => cell(t)), markedHeader: false, page },
    };
  });
}
