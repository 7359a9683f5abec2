import { createHash } from 'node:crypto';
import type { ExtractionResult } from '@ingest/core';
import { extractBlocks, type DocumentSandbox } from '@ingest/extract';
import { analyseAssessment, type AnalysedResponse, type AssessmentIndices } from '@ingest/nlp';
import { parseAssessment } from '@ingest/parse';

/** The extraction contract, with each response analysed and the assessment's indices. */
export interface AnalysedExtraction extends ExtractionResult {
  responses: AnalysedResponse[];
  analysisVersion: string;
  indices: AssessmentIndices;
  /** Milliseconds spent reading the document, parsing its rows and analysing its text. */
  timings: { readMs: number; parseMs: number; analyseMs: number };
}

/**
 * The whole extraction contract for one document: bytes in, one analysed response per
 * Code provision out, with the document's own metadata and every repair listed as a warning.
 */
export async function extractDocument(
  source: string,
  bytes: Uint8Array,
  sandbox: DocumentSandbox,
): Promise<AnalysedExtraction> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const started = performance.now();
  const { format, blocks, warnings } = await extractBlocks(bytes, sandbox);
  const read = performance.now();
  const parsed = parseAssessment(blocks);
  const parse = performance.now();
  const analysis = analyseAssessment(parsed.responses, { referenceDate: parsed.assessmentDate });
  const analyse = performance.now();
  return {
    source,
    sha256,
    format,
    landlord: parsed.landlord,
    codeVersion: parsed.codeVersion,
    assessmentDate: parsed.assessmentDate,
    period: parsed.period,
    periodStart: parsed.periodStart,
    periodEnd: parsed.periodEnd,
    year: parsed.year,
    responses: analysis.responses,
    warnings: [...warnings, ...parsed.warnings],
    confidence: parsed.confidence,
    analysisVersion: analysis.analysisVersion,
    indices: analysis.indices,
    timings: { readMs: read - started, parseMs: parse - read, analyseMs: analyse - parse },
  };
}
