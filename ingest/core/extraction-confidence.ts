/** How the document laid its provisions out, as the parser found it. */
export const DOCUMENT_STRUCTURES = ['table', 'table_without_header', 'labelled', 'none'] as const;
export type DocumentStructure = (typeof DOCUMENT_STRUCTURES)[number];

export const CONFIDENCE_LEVELS = ['high', 'medium', 'low'] as const;
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];

/**
 * How sure the reader is of one document's extraction, from what parsing knows: the
 * structure it found, how many of the form's provisions it found, how many of those have
 * a readable answer, and how many cells it had to guess.
 */
export interface ExtractionConfidence {
  level: ConfidenceLevel;
  /** 0..1: the structure's weight × (found share and mean response confidence). */
  score: number;
  structure: DocumentStructure;
  /** Provisions with a response, merged ones included. */
  provisionsFound: number;
  /** Provisions the edition's form has; null when the edition is unknown. */
  provisionsExpected: number | null;
  /** Share of the found provisions whose answer is not `not_stated`. */
  answeredShare: number;
  /** Responses with a guessed part: a number resolved from text, a merged row, an inferred answer, a repaired row. */
  guessedCells: number;
  /** Plain sentences saying what lowered the confidence (empty when nothing did). */
  reasons: string[];
}
