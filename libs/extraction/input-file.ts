import { promises as fs } from 'node:fs';
import { DocumentError, DocumentErrorCode } from '@ingest/core';
import { ExtractionError, ExtractionErrorCode } from './extraction.errors';

/**
 * A document's bytes from a file, or a one-line reason why not. The file is looked at
 * before it is opened, so a FIFO, a device or a huge file is refused without reading.
 */
export async function readInputFile(file: string, maxBytes: number): Promise<Uint8Array> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat) {
    throw new ExtractionError(ExtractionErrorCode.NotFound, 'no such file');
  }
  if (!stat.isFile()) {
    throw new ExtractionError(ExtractionErrorCode.NotAFile, 'not a regular file');
  }
  if (stat.size > maxBytes) {
    throw new DocumentError(
      DocumentErrorCode.TooLarge,
      `the file is ${(stat.size / 1024 / 1024).toFixed(0)} MiB; the limit is ${(maxBytes / 1024 / 1024).toFixed(0)} MiB`,
    );
  }
  const bytes = await fs.readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new ExtractionError(
      ExtractionErrorCode.Unreadable,
      `cannot be read (${error.code ?? error.message})`,
    );
  });
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
