import { DocumentError, DocumentErrorCode } from '@ingest/core';
import { zipEntries } from './zip-entries';

export const MAX_DOCX_INFLATED_BYTES = 256 * 1024 * 1024;
const MAX_RATIO = 200;

/**
 * Refuses a Word file before inflating it when its directory is unreadable, it has no
 * document part, or it would inflate past a sane size or ratio (a zip bomb).
 */
export function assertSafeDocx(
  bytes: Uint8Array,
  maxInflatedBytes = MAX_DOCX_INFLATED_BYTES,
): void {
  const entries = zipEntries(bytes);
  if (!entries) {
    throw new DocumentError(
      DocumentErrorCode.Corrupt,
      'the Word file is damaged: its ZIP directory cannot be read',
    );
  }
  if (!entries.some((e) => e.name === 'word/document.xml')) {
    throw new DocumentError(
      DocumentErrorCode.Corrupt,
      'the ZIP archive has no word/document.xml, so it is not a Word document',
    );
  }
  const inflated = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  const compressed = entries.reduce((sum, e) => sum + e.compressedSize, 0);
  if (
    inflated > maxInflatedBytes ||
    (inflated > 10 * 1024 * 1024 && inflated / Math.max(1, compressed) > MAX_RATIO)
  ) {
    throw new DocumentError(
      DocumentErrorCode.ZipBomb,
      `the Word file would inflate to ${(inflated / 1024 / 1024).toFixed(0)} MiB from ${(bytes.length / 1024).toFixed(0)} KiB (zip bomb?)`,
    );
  }
}
