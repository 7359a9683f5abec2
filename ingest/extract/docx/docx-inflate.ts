import { inflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { DocumentError, DocumentErrorCode } from '@ingest/core';
import { inflationLimit } from './docx-guard';
import { zipEntries } from './zip-entries';

const LOCAL_FILE_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

function bomb(limit: number, size: number): DocumentError {
  return new DocumentError(
    DocumentErrorCode.ZipBomb,
    `the Word file inflates past ${(limit / 1024 / 1024).toFixed(0)} MiB from ${(size / 1024).toFixed(0)} KiB (zip bomb?)`,
  );
}

function damaged(detail: string): DocumentError {
  return new DocumentError(DocumentErrorCode.Corrupt, `the Word file is damaged: ${detail}`);
}

/** The compressed bytes of one entry, found through its local header. */
function entryData(bytes: Uint8Array, offset: number, compressedSize: number, name: string) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (offset + 30 > bytes.length || view.getUint32(offset, true) !== LOCAL_FILE_HEADER) {
    throw damaged(`the entry ${name} is not where the ZIP directory says`);
  }
  const start = offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
  return bytes.subarray(start, start + compressedSize);
}

/**
 * Inflates a Word file's entries with a running count of the bytes actually produced, and
 * repacks them uncompressed for mammoth. The sizes a ZIP declares can lie, so inflation
 * stops at the limit instead of trusting them: a bomb is refused after at most
 * `maxInflatedBytes`, never after inflating in full.
 */
export async function inflateDocx(
  bytes: Uint8Array,
  maxInflatedBytes?: number,
): Promise<Uint8Array> {
  const entries = zipEntries(bytes);
  if (!entries) {
    throw damaged('its ZIP directory cannot be read');
  }
  const limit = inflationLimit(bytes.length, maxInflatedBytes);
  const repacked = new JSZip();
  let inflated = 0;
  for (const entry of entries) {
    if (entry.name.endsWith('/')) {
      continue;
    }
    const data = entryData(bytes, entry.localHeaderOffset, entry.compressedSize, entry.name);
    const remaining = limit - inflated;
    let content: Uint8Array;
    if (entry.method === STORED) {
      content = data;
    } else if (entry.method === DEFLATED) {
      try {
        content = inflateRawSync(data, { maxOutputLength: remaining + 1 });
      } catch (error) {
        throw (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE'
          ? bomb(limit, bytes.length)
          : damaged(`the entry ${entry.name} cannot be inflated`);
      }
    } else {
      throw damaged(`the entry ${entry.name} uses compression method ${entry.method}`);
    }
    inflated += content.length;
    if (inflated > limit) {
      throw bomb(limit, bytes.length);
    }
    repacked.file(entry.name, content, { binary: true });
  }
  return repacked.generateAsync({ type: 'uint8array', compression: 'STORE' });
}
