import { createHash } from 'node:crypto';
import type { ExtractionResult } from '@ingest/core';
import { extractBlocks, type DocumentSandbox } from '@ingest/extract';
import { parseAssessment } from '@ingest/parse';

/**
 * The whole extraction contract for one document: bytes in, one response per Code
 * provision out, with the document's own metadata and every repair listed as a warning.
 */
export async function extractDocument(
  source: string,
  bytes: Uint8Array,
  sandbox: DocumentSandbox,
): Promise<ExtractionResult> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const { format, blocks, warnings } = await extractBlocks(bytes, sandbox);
  const parsed = parseAssessment(blocks);
  return {
    source,
    sha256,
    format,
    landlord: parsed.landlord,
    codeVersion: parsed.codeVersion,
    assessmentDate: parsed.assessmentDate,
    period: parsed.period,
    responses: parsed.responses,
    warnings: [...warnings, ...parsed.warnings],
  };
}
