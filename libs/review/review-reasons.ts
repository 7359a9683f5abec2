import { FEW_ASSESSMENTS, ReviewKind } from './review-order';

const quoted = (text: unknown) => `“${typeof text === 'string' ? text.trim() : ''}”`;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function yearsText(years: unknown): string {
  const list = Array.isArray(years) ? years.map(String) : [];
  return list.length === 0 ? '' : ` in ${list.join(', ')}`;
}

/**
 * Why an item is in the review queue, in plain words with its figures, from the facts its
 * row of the queue statement carries.
 */
export function reviewReason(kind: ReviewKind, facts: Record<string, unknown>): string {
  switch (kind) {
    case ReviewKind.LOW_CONFIDENCE: {
      const score = typeof facts.score === 'number' ? facts.score.toFixed(2) : 'unknown';
      const reasons = Array.isArray(facts.reasons) ? facts.reasons.map(String) : [];
      return `Extraction confidence is low (score ${score} of 1)${reasons.length ? `: ${reasons.join('; ')}` : ''}. Check the answers against the document before they count.`;
    }
    case ReviewKind.CONTRADICTION:
      return `The answer to ${String(facts.provision)} is ${quoted(facts.rawAnswer)}, but its own words say ${quoted(facts.words)}.`;
    case ReviewKind.CLAIMS_VS_OUTCOMES:
      return String(facts.text);
    case ReviewKind.THIN_RECORD_FLAG: {
      const periods = Number(facts.periods);
      return `Flagged ${String(facts.flag)} on ${String(facts.provision)} (${String(facts.why)}); the landlord has ${plural(periods, 'assessment period')} stored (at most ${FEW_ASSESSMENTS} puts a flag here), so no earlier answer can confirm it.`;
    }
    case ReviewKind.UNMATCHED_NAME: {
      const rows = Number(facts.rows);
      return `${quoted(facts.name ?? '')} has ${plural(rows, 'row')} of ${String(facts.source)} outcomes${yearsText(facts.years)} that match no landlord: link the name to a landlord (linkOutcomeName) or register the landlord.`;
    }
  }
}
