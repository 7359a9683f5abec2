import type { Block } from '@ingest/core';
import type { PdfPage } from '../sandbox/reader-messages';
import { withDrawnBullets } from './drawn-bullets';
import { ruledRows } from './ruled-table';
import { rulingLines } from './ruling-lines';
import type { TableColumns } from './table-header';
import { textEdgeBlocks } from './text-edge-table';
import { medianHeight, textLines } from './text-lines';
import { textParagraphs, type PositionedBlock } from './text-paragraphs';

/**
 * A page is read from its rules when most of its text is in ruled cells and little lies
 * loose between them (as the plain rows of a zebra-striped table do).
 */
const RULED_SHARE = 0.5;
const INTERLEAVED_SHARE = 0.1;

/** Positioned blocks in reading order, with a break wherever a table gives way to text. */
function inReadingOrder(positioned: PositionedBlock[]): Block[] {
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

/**
 * Rebuilds a PDF's tables and text, page by page. A page whose text sits mostly in ruled
 * cells is read from its ruling lines; any other page from its text edges, with the
 * columns of a table that carries on from the page before.
 */
export function pdfDocumentBlocks(pages: readonly PdfPage[]): Block[] {
  let carried: TableColumns | null = null;
  return pages.flatMap((page) => {
    const items = withDrawnBullets(page);
    const rulings = rulingLines(page.shapes);
    const ruled = ruledRows(page, items, rulings);
    if (ruled.tabularShare >= RULED_SHARE && ruled.interleavedShare < INTERLEAVED_SHARE) {
      carried = null;
      const text = textParagraphs(textLines(ruled.loose), page.number, medianHeight(items));
      return inReadingOrder([...ruled.rows, ...text]);
    }
    const drawing = { shapes: page.shapes, horizontal: rulings.horizontal };
    const read = textEdgeBlocks(items, drawing, page.number, carried);
    carried = read.columns;
    return inReadingOrder(read.blocks);
  });
}
