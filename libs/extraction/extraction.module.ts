import { Module, type DynamicModule } from '@nestjs/common';
import { DEFAULT_SANDBOX_LIMITS, MAX_DOCUMENT_BYTES } from '@ingest/extract';
import { EXTRACTION_OPTIONS, type ExtractionOptions } from './extraction.options';
import { ExtractionService } from './extraction.service';

@Module({})
export class ExtractionModule {
  static forRoot(options: Partial<ExtractionOptions> = {}): DynamicModule {
    const resolved: ExtractionOptions = {
      sandbox: options.sandbox ?? DEFAULT_SANDBOX_LIMITS,
      maxBytes: options.maxBytes ?? MAX_DOCUMENT_BYTES,
    };
    return {
      module: ExtractionModule,
      providers: [{ provide: EXTRACTION_OPTIONS, useValue: resolved }, ExtractionService],
      exports: [ExtractionService],
    };
  }
}
