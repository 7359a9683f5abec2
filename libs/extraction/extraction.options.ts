import type { SandboxLimits } from '@ingest/extract';

export const EXTRACTION_OPTIONS = Symbol('EXTRACTION_OPTIONS');

export interface ExtractionOptions {
  sandbox: SandboxLimits;
  /** Files larger than this are refused before they are read. */
  maxBytes: number;
}
