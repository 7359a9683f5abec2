import type { Block, DocumentErrorCode } from '@ingest/core';

/** Documents read into blocks inside the reader thread: every parse of markup happens there. */
export type MarkupTask =
  | { kind: 'docx'; bytes: Uint8Array }
  | { kind: 'html'; bytes: Uint8Array }
  | { kind: 'text'; bytes: Uint8Array };

/** What the sandboxed reader is asked to do, and what it sends back. Plain data only. */
export type ReaderTask = { kind: 'pdf'; bytes: Uint8Array; maxPages: number } | MarkupTask;

export interface PdfTextItem {
  text: string;
  x: number;
  /** Baseline, measured down from the top of the page. */
  y: number;
  width: number;
  height: number;
}

/** A straight ruling line or a filled rectangle, in page space with y measured down. */
export interface PdfShape {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  fill: string | null;
  stroked: boolean;
}

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  items: PdfTextItem[];
  shapes: PdfShape[];
}

export interface PdfReadResult {
  kind: 'pdf';
  pageCount: number;
  pages: PdfPage[];
}

export interface BlocksReadResult {
  kind: 'blocks';
  blocks: Block[];
  warnings: string[];
}

export type ReaderResult = PdfReadResult | BlocksReadResult;

/**
 * How the reader reports a document it could not read: a DocumentError does not survive
 * the thread hop, so its code and one-line reason travel as data.
 */
export interface ReaderFailure {
  kind: 'failure';
  code: DocumentErrorCode;
  message: string;
}
