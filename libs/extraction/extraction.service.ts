import { promises as fs } from 'node:fs';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { DocumentError, DocumentErrorCode, type ExtractionResult } from '@ingest/core';
import { DocumentSandbox } from '@ingest/extract';
import { extractDocument } from '@ingest/pipeline';
import { ExtractionError, ExtractionErrorCode } from './extraction.errors';
import { EXTRACTION_OPTIONS, type ExtractionOptions } from './extraction.options';

/** Extracts documents from files, owning the reader sandbox for the life of the app. */
@Injectable()
export class ExtractionService implements OnModuleDestroy {
  private readonly sandbox: DocumentSandbox;

  constructor(@Inject(EXTRACTION_OPTIONS) private readonly options: ExtractionOptions) {
    this.sandbox = new DocumentSandbox(options.sandbox);
  }

  async extractFile(file: string): Promise<ExtractionResult> {
    const stat = await fs.stat(file).catch(() => null);
    if (!stat) {
      throw new ExtractionError(ExtractionErrorCode.NotFound, 'no such file');
    }
    if (!stat.isFile()) {
      throw new ExtractionError(ExtractionErrorCode.NotAFile, 'not a regular file');
    }
    if (stat.size > this.options.maxBytes) {
      // Refused from its size alone, so a huge file never reaches memory.
      throw new DocumentError(
        DocumentErrorCode.TooLarge,
        `the file is ${(stat.size / 1024 / 1024).toFixed(0)} MiB; the limit is ${(this.options.maxBytes / 1024 / 1024).toFixed(0)} MiB`,
      );
    }
    const bytes = await fs.readFile(file);
    return extractDocument(
      file,
      new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      this.sandbox,
    );
  }

  onModuleDestroy(): Promise<void> {
    return this.sandbox.close();
  }
}
