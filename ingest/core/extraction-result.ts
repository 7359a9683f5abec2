import type { CodeEdition } from './code-edition';
import type { Compliance, Rag } from './compliance';
import type { DocumentFormat } from './document-format';
import type { ExtractionConfidence } from './extraction-confidence';

/** One Code provision as a document answers it: the record of the extraction contract. */
export interface ExtractedResponse {
  /** Id in the document's own edition ("5.8", or "Q12" for the 2020 questionnaire). */
  provision: string;
  /** The 2024 equivalent, or null where the 2024 Code has none. */
  provision2024: string | null;
  compliance: Compliance;
  rawAnswer: string;
  rag: Rag | null;
  /** The requirement text as the document gives it (empty where it has none). */
  requirement: string;
  evidence: string;
  commentary: string;
  /** 1-based page of the row's first line, where the format has pages. */
  page: number | null;
  /** Set when the provision had no row of its own and shares another's. */
  mergedInto?: string;
  /** 0..1: how sure the reader is of this response's answer (absent where not parsed). */
  confidence?: number;
}

/** Everything one document yields: the JSON of `chc extract --format json`. */
export interface ExtractionResult {
  source: string;
  sha256: string;
  format: DocumentFormat;
  landlord: string | null;
  codeVersion: CodeEdition | null;
  assessmentDate: string | null;
  period: string | null;
  /** First and last day of the period (YYYY-MM-DD), where the document states them. */
  periodStart: string | null;
  periodEnd: string | null;
  /**
   * The assessment year: the calendar year in which the period covered ends (2024/25 → 2025),
   * else the year it says it was completed; null when it states neither.
   */
  year: number | null;
  responses: ExtractedResponse[];
  warnings: string[];
  /** How sure the reader is of the whole document; null where it was not parsed from one. */
  confidence: ExtractionConfidence | null;
}
