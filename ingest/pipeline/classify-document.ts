import { DocumentError } from '@ingest/core';
import { extractBlocks, type DocumentSandbox } from '@ingest/extract';
import { parseAssessment } from '@ingest/parse';
import type { ClassifiedDocument } from '@ingest/crawl';

/** Rows a document needs before it counts as a self-assessment (the form has 72). */
const MINIMUM_PROVISIONS = 10;

/**
 * Whether a document is a self-assessment, judged by its content — a table (or list) of
 * Code provisions in a recognised edition — never by the words of the link to it.
 */
export async function classifyDocument(
  bytes: Uint8Array,
  sandbox: DocumentSandbox,
): Promise<ClassifiedDocument> {
  try {
    const parsed = parseAssessment((await extractBlocks(bytes, sandbox)).blocks);
    const numbered = parsed.responses.filter((r) => !r.mergedInto).length;
    return {
      selfAssessment: parsed.codeVersion !== null && numbered >= MINIMUM_PROVISIONS,
      period: parsed.period,
      periodEnd: parsed.periodEnd,
      year: parsed.year,
      date: parsed.assessmentDate,
    };
  } catch (error) {
    if (error instanceof DocumentError) {
      return { selfAssessment: false, period: null, periodEnd: null, year: null, date: null };
    }
    throw error;
  }
}
