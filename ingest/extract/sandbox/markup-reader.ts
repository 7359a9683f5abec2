import mammoth from 'mammoth';
import { DocumentError, DocumentErrorCode } from '@ingest/core';
import { inflateDocx } from '../docx/docx-inflate';
import { assertHtmlNesting } from '../html/html-nesting-guard';
import { extractHtmlBlocks } from '../html/html-extractor';
import { decodeText } from '../text/decode-text';
import { extractTextBlocks } from '../text/text-extractor';
import type { BlocksReadResult, MarkupTask, ReaderFailure } from './reader-messages';

const LABEL: Record<MarkupTask['kind'], string> = { docx: 'Word file', html: 'HTML', text: 'text' };

function decoded(bytes: Uint8Array): { text: string; warnings: string[] } {
  const { text, encoding } = decodeText(bytes);
  return { text, warnings: encoding === 'utf-8' ? [] : [`text decoded as ${encoding}`] };
}

async function readBlocks(task: MarkupTask): Promise<BlocksReadResult> {
  switch (task.kind) {
    case 'html': {
      const { text, warnings } = decoded(task.bytes);
      assertHtmlNesting(text);
      return { kind: 'blocks', blocks: extractHtmlBlocks(text), warnings };
    }
    case 'text': {
      // Cells of exported text may hold markup, which is parsed like a page.
      const { text, warnings } = decoded(task.bytes);
      assertHtmlNesting(text);
      return { kind: 'blocks', blocks: extractTextBlocks(text), warnings };
    }
    case 'docx': {
      const zip = await inflateDocx(task.bytes);
      const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(zip) });
      assertHtmlNesting(html);
      return { kind: 'blocks', blocks: extractHtmlBlocks(html), warnings: [] };
    }
  }
}

/**
 * Reads Word, HTML or text into blocks. Runs inside a reader thread, so the limits on its
 * heap and time bound every parse of untrusted markup; failures come back as data.
 */
export async function readMarkup(task: MarkupTask): Promise<BlocksReadResult | ReaderFailure> {
  try {
    return await readBlocks(task);
  } catch (error) {
    if (error instanceof DocumentError) {
      return { kind: 'failure', code: error.code, message: error.message };
    }
    const message = error instanceof Error ? error.message : String(error);
    return {
      kind: 'failure',
      code: DocumentErrorCode.Corrupt,
      message: `unreadable ${LABEL[task.kind]}: ${message}`,
    };
  }
}
