import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { ExtractionResult } from '@ingest/core';
import { DocumentSandbox } from '@ingest/extract';
import { extractDocument } from '@ingest/pipeline';
import { EXTRACTION_OPTIONS, type ExtractionOptions } from './extraction.options';
import { readInputFile } from './input-file';

/** Extracts documents from files, owning the reader sandbox for the life of the app. */
@Injectable()
export class ExtractionService implements OnModuleDestroy {
  private readonly sandbox: DocumentSandbox;

  constructor(@Inject(EXTRACTION_OPTIONS) private readonly options: ExtractionOptions) {
    this.sandbox = new DocumentSandbox(options.sandbox);
  }

  async extractFile(file: string): Promise<ExtractionResult> {
    return extractDocument(file, await readInputFile(file, this.options.maxBytes), this.sandbox);
  }

  onModuleDestroy(): Promise<void> {
    return this.sandbox.close();
  }
}
