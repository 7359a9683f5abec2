/** What the sandboxed reader is asked to do, and what it sends back. Plain data only. */
export type ReaderTask =
  { kind: 'pdf'; bytes: Uint8Array; maxPages: number } | { kind: 'docx'; bytes: Uint8Array };

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

export interface DocxReadResult {
  kind: 'docx';
  html: string;
  messages: string[];
}

export type ReaderResult = PdfReadResult | DocxReadResult;

/** How the reader reports a document it could not read, so the error survives the thread hop. */
export interface ReaderFailure {
  kind: 'failure';
  reason: 'encrypted' | 'corrupt';
  message: string;
}
