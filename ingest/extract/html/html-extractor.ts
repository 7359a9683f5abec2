import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler' with { 'resolution-mode': 'import' };
import { cell, type Block, type Cell } from '@ingest/core';
import { cellFill } from './cell-fill';
import { nodeKind, nodesText } from './html-text';

const CONTAINER_TAGS = new Set([
  'body',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'form',
  'ul',
  'ol',
  'dl',
  'blockquote',
  'figure',
  'center',
  'span',
  'font',
]);
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'object',
]);
const HEADING = /^h[1-6]$/;

function isElement(node: AnyNode): node is Element {
  return ['tag', 'script', 'style'].includes(nodeKind(node));
}

function containsBlockChild(element: Element): boolean {
  return element.children.some(
    (child) =>
      isElement(child) &&
      (CONTAINER_TAGS.has(child.name) ||
        child.name === 'table' ||
        child.name === 'p' ||
        HEADING.test(child.name) ||
        child.name === 'li'),
  );
}

function tableRows(table: Element): Block[] {
  const $ = cheerio.load(table, null, false);
  const blocks: Block[] = [];
  // Cells spanning rows leave no <td> below them, so note them to keep columns aligned.
  const carried = new Map<number, number>();
  const rows = $(table)
    .find('tr')
    .filter((_, tr) => $(tr).closest('table').get(0) === table);
  rows.each((_, tr) => {
    const cells: Cell[] = [];
    let column = 0;
    const skipCarried = () => {
      while ((carried.get(column) ?? 0) > 0) {
        carried.set(column, (carried.get(column) ?? 1) - 1);
        cells.push(cell(''));
        column++;
      }
    };
    let allHeader = true;
    $(tr)
      .children('td, th')
      .each((__, td) => {
        skipCarried();
        const colSpan = Math.max(1, Math.min(50, Number(td.attribs.colspan) || 1));
        const rowSpan = Math.max(1, Math.min(500, Number(td.attribs.rowspan) || 1));
        const { text, checked } = nodesText(td.children);
        cells.push(
          cell(text, { colSpan, checked, fill: cellFill(td.attribs.style, td.attribs.bgcolor) }),
        );
        if (rowSpan > 1) {
          for (let c = 0; c < colSpan; c++) {
            carried.set(column + c, rowSpan - 1);
          }
        }
        if (td.name !== 'th') {
          allHeader = false;
        }
        column += colSpan;
      });
    skipCarried();
    if (cells.length === 0) {
      return;
    }
    const inHead = $(tr).parent().is('thead');
    blocks.push({ kind: 'row', cells, markedHeader: inHead || allHeader, page: null });
  });
  blocks.push({ kind: 'break', reason: 'table' });
  return blocks;
}

function textBlocks(nodes: AnyNode[], heading: boolean): Block[] {
  return nodesText(nodes)
    .text.split('\n')
    .filter((line) => line.length > 0)
    .map((line) => ({ kind: 'text', text: line, heading, page: null }));
}

function walk(nodes: AnyNode[], blocks: Block[]): void {
  let inline: AnyNode[] = [];
  const flushInline = () => {
    if (inline.length > 0) {
      blocks.push(...textBlocks(inline, false));
    }
    inline = [];
  };
  for (const node of nodes) {
    if (!isElement(node)) {
      inline.push(node);
      continue;
    }
    const tag = node.name.toLowerCase();
    if (SKIPPED_TAGS.has(tag)) {
      continue;
    }
    if (tag === 'table') {
      flushInline();
      blocks.push(...tableRows(node));
    } else if (HEADING.test(tag)) {
      flushInline();
      blocks.push(...textBlocks([node], true));
    } else if (CONTAINER_TAGS.has(tag) && containsBlockChild(node)) {
      flushInline();
      walk(node.children, blocks);
    } else if (
      tag === 'p' ||
      tag === 'li' ||
      tag === 'dt' ||
      tag === 'dd' ||
      CONTAINER_TAGS.has(tag) ||
      tag === 'pre'
    ) {
      flushInline();
      blocks.push(...textBlocks([node], false));
    } else {
      inline.push(node);
    }
  }
  flushInline();
}

/**
 * Reads an HTML page (or Word converted to HTML) into rows and text: tables of any shape,
 * cells spanning rows or columns, and the text around and between them, in page order.
 */
export function extractHtmlBlocks(html: string): Block[] {
  const $ = cheerio.load(html);
  const blocks: Block[] = [];
  const title = $('title').first().text().trim();
  if (title) {
    blocks.push({ kind: 'text', text: title, heading: true, page: null });
  }
  walk($('body').length > 0 ? $('body').get(0)!.children : $.root().get(0)!.children, blocks);
  return blocks;
}
