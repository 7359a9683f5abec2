import type { PdfTextItem } from '../sandbox/reader-messages';

const BULLET = /^[•●▪◦·‣\-–*]\s*/;

/** Top of an item's text box (y grows down the page; y is the baseline). */
export const itemTop = (item: PdfTextItem): number => item.y - item.height;

/** Groups text items into visual lines, top to bottom, each line's items left to right. */
export function textLines(items: readonly PdfTextItem[]): PdfTextItem[][] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: PdfTextItem[][] = [];
  for (const item of sorted) {
    const line = lines[lines.length - 1];
    const tolerance = Math.max(1.5, item.height * 0.4);
    if (line && Math.abs(line[0]!.y - item.y) <= tolerance) {
      line.push(item);
    } else {
      lines.push([item]);
    }
  }
  for (const line of lines) {
    line.sort((a, b) => a.x - b.x);
  }
  return lines;
}

/** Joins one line's items, putting back the spaces that positions imply. */
export function lineText(line: readonly PdfTextItem[]): string {
  let text = '';
  let end = -Infinity;
  for (const item of line) {
    const gap = item.x - end;
    if (text && gap > item.height * 0.12 && !text.endsWith(' ') && !item.text.startsWith(' ')) {
      text += ' ';
    }
    text += item.text;
    end = item.x + item.width;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Joins a cell's text items into lines, then lines into cell text. */
export function itemsText(items: readonly PdfTextItem[]): string {
  let out = '';
  for (const line of textLines(items).map(lineText)) {
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

/** The median of the items' font heights: the body text size. */
export function medianHeight(items: readonly PdfTextItem[]): number {
  const heights = items.map((i) => i.height).sort((a, b) => a - b);
  return heights[Math.floor(heights.length / 2)] ?? 0;
}
