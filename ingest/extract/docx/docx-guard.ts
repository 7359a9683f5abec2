import { DocumentError, DocumentErrorCode } from '@ingest/core';
import { zipEntries } from './zip-entries';

export const MAX_DOCX_INFLATED_BYTES = 256 * 1024 * 1024;
const MAX_RATIO = 200;
const SMALL_ENOUGH_BYTES = 10 * 1024 * 1024;

/**
 * How far a Word file of `compressedBytes` may inflate: never past `maxInflatedBytes`, and
 * past 10 MiB only at a ratio real documents keep (text compresses about 10:1, not 200:1).
 */
export function inflationLimit(
  compressedBytes: number,
  maxInflatedBytes = MAX_DOCX_INFLATED_BYTES,
): number {
  return Math.min(maxInflatedBytes, Math.max(SMALL_ENOUGH_BYTES, compressedBytes * MAX_RATIO));
}

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
  if (inflated > inflationLimit(compressed, maxInflatedBytes)) {
    throw new DocumentError(
      DocumentErrorCode.ZipBomb,
      `the Word file would inflate to ${(inflated / 1024 / 1024).toFixed(0)} MiB from ${(bytes.length / 1024).toFixed(0)} KiB (zip bomb?)`,
    );
  }
}
