/** The text roles a record collects from its cells. */
export type TextRole = 'requirement' | 'answer' | 'evidence' | 'commentary' | 'rag';

/** One provision's row as the document lays it out, before its id is settled. */
export interface RowRecord {
  /** What stood in the provision column (a number, or garbled text). */
  idText: string;
  /** The number read from idText, when there was one. */
  id: string | null;
  parts: Record<TextRole, string[]>;
  ticks: { yes: boolean; no: boolean; partial: boolean };
  ragFill: string | null;
  page: number | null;
  warnings: string[];
}

export function emptyRecord(idText: string, id: string | null, page: number | null): RowRecord {
  return {
    idText,
    id,
    parts: { requirement: [], answer: [], evidence: [], commentary: [], rag: [] },
    ticks: { yes: false, no: false, partial: false },
    ragFill: null,
    page,
    warnings: [],
  };
}

/**
 * Joins the pieces of a cell: a bullet starts a new line, any other piece carries on the
 * line before it (a row split by a page break resumes mid-sentence).
 */
export function joinParts(parts: readonly string[]): string {
  let out = '';
  for (const part of parts) {
    const piece = part.trim();
    if (!piece) {
      continue;
    }
    if (!out) {
      out = piece;
    } else {
      out += piece.startsWith('• ') ? `\n${piece}` : ` ${piece}`;
    }
  }
  return out;
}
