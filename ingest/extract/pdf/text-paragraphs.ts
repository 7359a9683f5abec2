import { readProvisionId, type Block } from '@ingest/core';
import type { PdfTextItem } from '../sandbox/reader-messages';
import { itemTop, lineText } from './text-lines';

export interface PositionedBlock {
  top: number;
  block: Block;
}

interface Line {
  text: string;
  size: number;
  left: number;
  right: number;
  top: number;
  baseline: number;
}

/** A line that opens a paragraph of its own whatever the spacing: a number, bullet or label. */
const OPENS_PARAGRAPH = /^([•●▪◦·‣]|[A-Z][A-Za-z /?]{1,40}:(\s|$))/;

function describe(line: readonly PdfTextItem[]): Line {
  return {
    text: lineText(line),
    size: Math.max(...line.map((i) => i.height)),
    left: Math.min(...line.map((i) => i.x)),
    right: Math.max(...line.map((i) => i.x + i.width)),
    top: Math.min(...line.map(itemTop)),
    baseline: Math.max(...line.map((i) => i.y)),
  };
}

function continues(previous: Line, line: Line, first: Line, textRight: number): boolean {
  const sameSize = Math.abs(line.size - previous.size) <= previous.size * 0.15;
  const close = line.top - previous.baseline <= previous.size * 0.5;
  const aligned =
    Math.abs(line.left - previous.left) <= previous.size * 1.5 ||
    (previous === first && line.left < first.left);
  // A line that stops well short of the text's right edge ends its paragraph.
  const previousFull = previous.right >= previous.left + (textRight - previous.left) * 0.7;
  const opens = readProvisionId(line.text) !== null || OPENS_PARAGRAPH.test(line.text);
  return sameSize && close && aligned && previousFull && !opens;
}

/**
 * Joins loose text lines into paragraphs (same size, tight spacing, same left edge, the
 * line before running to the right edge), so that a requirement wrapped over three lines
 * reaches parsing as one paragraph, as it would from a web page. Lines markedly larger than
 * the body text are headings.
 */
export function textParagraphs(
  lines: readonly PdfTextItem[][],
  page: number,
  bodySize: number,
): PositionedBlock[] {
  const described = lines.map(describe).filter((line) => line.text);
  const textRight = Math.max(...described.map((line) => line.right));
  const out: PositionedBlock[] = [];
  let paragraph: Line[] = [];
  const flush = () => {
    const first = paragraph[0];
    if (first) {
      const text = paragraph
        .map((line) => line.text)
        .reduce((joined, next) =>
          /[a-z]-$/.test(joined) && /^[a-z]/.test(next) ? joined + next : `${joined} ${next}`,
        );
      const heading = first.size >= bodySize * 1.2;
      out.push({ top: first.top, block: { kind: 'text', text, heading, page } });
    }
    paragraph = [];
  };
  for (const line of described) {
    const previous = paragraph[paragraph.length - 1];
    if (previous && !continues(previous, line, paragraph[0]!, textRight)) {
      flush();
    }
    paragraph.push(line);
  }
  flush();
  return out;
}
