import { markupFragmentText } from '../html/html-text';
import { cell, type Block } from '@ingest/core';

const SEPARATOR_CELL = /^[\s\-–—_=|:+]*$/;
const FORM_FEED = '\f';

/**
 * Reads text exported from a document: a tab marks a cell boundary, so a line with tabs
 * is a table row; a blank line or form feed is a break (often a page break); other lines
 * are loose text. HTML fragments inside cells are cleaned here.
 */
export function extractTextBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let page = 1;
  for (const rawLine of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (rawLine.includes(FORM_FEED)) {
      page += rawLine.split(FORM_FEED).length - 1;
      blocks.push({ kind: 'break', reason: 'page' });
    }
    const line = rawLine.replaceAll(FORM_FEED, '');
    if (line.trim() === '') {
      blocks.push({ kind: 'break', reason: 'blank' });
      continue;
    }
    if (line.includes('\t')) {
      const parts = line.split('\t');
      if (parts.every((part) => SEPARATOR_CELL.test(part))) {
        continue;
      }
      const cells = parts.map((part) => {
        const { text: cellText, checked } = markupFragmentText(part);
        return cell(cellText, { checked });
      });
      blocks.push({ kind: 'row', cells, markedHeader: false, page });
      continue;
    }
    const heading = /^#{1,6}\s/.test(line);
    const content = markupFragmentText(line.replace(/^#{1,6}\s+/, '')).text;
    if (content) {
      blocks.push({ kind: 'text', text: content, heading, page });
    }
  }
  return blocks;
}
