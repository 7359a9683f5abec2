import type { DocumentFormat } from '@ingest/core';
import { decodeText } from './text/decode-text';

const PDF_MAGIC = '%PDF-';
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

export type SniffedFormat = DocumentFormat | 'zip' | 'legacy-word' | 'binary';

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

/** Share of bytes in the head that no text encoding would produce. */
function controlByteShare(head: Uint8Array): number {
  let control = 0;
  for (const byte of head) {
    if (byte === 0 || (byte < 32 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13)) {
      control++;
    }
  }
  return head.length === 0 ? 0 : control / head.length;
}

/**
 * Tells the format from the bytes, never the file name: PDF and ZIP by their magic
 * numbers (a ZIP is a Word document when it holds word/document.xml), HTML by its
 * markup, text when the bytes read as text.
 */
export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  const head = bytes.subarray(0, 4096);
  // Some PDF writers put junk before the header; the spec allows it within the first KiB.
  if (Buffer.from(bytes.subarray(0, 1024)).includes(PDF_MAGIC)) {
    return 'pdf';
  }
  if (startsWith(head, ZIP_MAGIC)) {
    // Entry names stand in clear in the local headers and again in the central directory.
    const names = Buffer.concat([bytes.subarray(0, 1 << 20), bytes.subarray(-(1 << 16))]);
    return names.includes('word/document.xml') ? 'docx' : 'zip';
  }
  if (startsWith(head, OLE_MAGIC)) {
    return 'legacy-word';
  }
  // Every other byte of UTF-16 text is NUL, so its byte order mark must speak first.
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (!utf16 && controlByteShare(head) > 0.02) {
    return 'binary';
  }
  const text = decodeText(head).text.trimStart().slice(0, 1024).toLowerCase();
  if (
    /^(<!doctype html|<html|<\?xml[^>]*>\s*<html)/.test(text) ||
    /<(body|table|div|p|h[1-6])[\s>]/.test(text)
  ) {
    return 'html';
  }
  return 'text';
}
