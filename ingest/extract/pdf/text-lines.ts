import type { PdfTextItem } from '../sandbox/reader-messages';

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
