import type { PdfShape } from '../sandbox/reader-messages';

export interface HorizontalLine {
  y: number;
  x1: number;
  x2: number;
}

export interface VerticalLine {
  x: number;
  y1: number;
  y2: number;
}

const THIN = 2.5;
const SNAP = 1.5;
/** Filled marks smaller than this are list bullets or glyph decorations, not cells. */
export const MARK_SIZE = 6;

/**
 * The page's ruling lines: stroked segments and thin filled boxes (how many writers draw
 * borders), and the edges of larger filled boxes (shaded cells), horizontal or vertical.
 */
export interface RulingLines {
  horizontal: HorizontalLine[];
  vertical: VerticalLine[];
}

export function rulingLines(shapes: readonly PdfShape[]): RulingLines {
  const horizontal: HorizontalLine[] = [];
  const vertical: VerticalLine[] = [];
  for (const s of shapes) {
    const width = s.x2 - s.x1;
    const height = s.y2 - s.y1;
    if (height <= THIN && width > THIN) {
      horizontal.push({ y: (s.y1 + s.y2) / 2, x1: s.x1, x2: s.x2 });
    } else if (width <= THIN && height > THIN) {
      vertical.push({ x: (s.x1 + s.x2) / 2, y1: s.y1, y2: s.y2 });
    } else if (width > MARK_SIZE && height > MARK_SIZE && s.fill !== null) {
      horizontal.push({ y: s.y1, x1: s.x1, x2: s.x2 }, { y: s.y2, x1: s.x1, x2: s.x2 });
      vertical.push({ x: s.x1, y1: s.y1, y2: s.y2 }, { x: s.x2, y1: s.y1, y2: s.y2 });
    }
  }
  return { horizontal, vertical };
}

/** Sorted distinct positions, values closer than the snap distance counted as one. */
export function snapPositions(values: readonly number[], snap = SNAP): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last === undefined || v - last > snap) {
      out.push(v);
    }
  }
  return out;
}

export const RULING_SNAP = SNAP;

const WHITE = /^#(f[0-9a-f]){3}$/i;

/** The colour of a shaded box whose centre lies in the given area, if any. */
export function fillInside(
  shapes: readonly PdfShape[],
  x1: number,
  x2: number,
  top: number,
  bottom: number,
): string | null {
  for (const s of shapes) {
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
