import { DocumentError, DocumentErrorCode, type Block, type DocumentFormat } from '@ingest/core';
import { assertSafeDocx } from './docx/docx-guard';
import { pdfDocumentBlocks } from './pdf/pdf-document-blocks';
import type { DocumentSandbox } from './sandbox/document-sandbox';
import type { BlocksReadResult, PdfReadResult } from './sandbox/reader-messages';
import { sniffFormat } from './sniff-format';

export const MAX_DOCUMENT_BYTES = 100 * 1024 * 1024;
const MAX_PDF_PAGES = 500;

/** A self-assessment is a few hundred rows and paragraphs; far more is not one. */
export const MAX_DOCUMENT_BLOCKS = 20_000;

function withinBlockLimit(blocks: Block[]): Block[] {
  if (blocks.length > MAX_DOCUMENT_BLOCKS) {
    throw new DocumentError(
      DocumentErrorCode.TooLarge,
      `the document holds ${blocks.length} table rows and paragraphs; a self-assessment has a few hundred, and the limit is ${MAX_DOCUMENT_BLOCKS}`,
    );
  }
  return blocks;
}

export interface ExtractedBlocks {
  format: DocumentFormat;
  blocks: Block[];
  warnings: string[];
}

/**
 * Reads any supported document into rows and text. The format comes from the bytes; every
 * format is parsed in the sandbox, under its heap and time limits, never in this thread.
 */
export async function extractBlocks(
  bytes: Uint8Array,
  sandbox: DocumentSandbox,
  maxBytes = MAX_DOCUMENT_BYTES,
): Promise<ExtractedBlocks> {
  if (bytes.length === 0) {
    throw new DocumentError(DocumentErrorCode.Empty, 'the file is empty');
  }
  if (bytes.length > maxBytes) {
    throw new DocumentError(
      DocumentErrorCode.TooLarge,
      `the file is ${(bytes.length / 1024 / 1024).toFixed(0)} MiB; the limit is ${(maxBytes / 1024 / 1024).toFixed(0)} MiB`,
    );
  }
  const format = sniffFormat(bytes);
  const warnings: string[] = [];
  switch (format) {
    case 'pdf': {
      const result = await sandbox.read<PdfReadResult>({
        kind: 'pdf',
        bytes,
        maxPages: MAX_PDF_PAGES,
      });
      if (result.pageCount > MAX_PDF_PAGES) {
        warnings.push(`only the first ${MAX_PDF_PAGES} of ${result.pageCount} pages were read`);
      }
      if (result.pages.every((p) => p.items.length === 0)) {
        warnings.push('the PDF has no text layer (scanned?); OCR is not supported');
      }
      return { format, blocks: withinBlockLimit(pdfDocumentBlocks(result.pages)), warnings };
    }
    case 'docx':
    case 'html':
    case 'text': {
      if (format === 'docx') {
        // Declared sizes are checked here, before any copy to a thread; the reader then
        // caps the bytes it actually inflates, since declared sizes can lie.
        assertSafeDocx(bytes);
      }
      const result = await sandbox.read<BlocksReadResult>({ kind: format, bytes });
      return { format, blocks: withinBlockLimit(result.blocks), warnings: result.warnings };
    }
    case 'zip':
      throw new DocumentError(
        DocumentErrorCode.UnknownFormat,
        'a ZIP archive that is not a Word document',
      );
    case 'legacy-word':
      throw new DocumentError(
        DocumentErrorCode.UnknownFormat,
        'a legacy Word (.doc) or other OLE file; save it as .docx or PDF',
      );
    case 'binary':
      throw new DocumentError(
        DocumentErrorCode.UnknownFormat,
        'binary data that is not PDF, Word, HTML or text',
      );
  }
}
