import type { Compliance, ExtractedResponse } from '@ingest/core';
import { contentWords } from '../text/words';

export interface ProvisionChange {
  provision: string;
  before: Compliance | null;
  after: Compliance | null;
  answerChanged: boolean;
  /**
   * How much the evidence and commentary changed: 1 − cosine similarity of their term
   * frequencies (Brown & Tucker, 2011). 0 is copied forward word for word, 1 is all new;
   * null where either year has no text.
   */
  modification: number | null;
}

function termFrequencies(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of contentWords(text)) {
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  for (const [word, count] of a) {
    dot += count * (b.get(word) ?? 0);
  }
  const norm = (m: Map<string, number>) =>
    Math.sqrt([...m.values()].reduce((s, c) => s + c * c, 0));
  const denominator = norm(a) * norm(b);
  return denominator === 0 ? 0 : dot / denominator;
}

const text = (r: ExtractedResponse | undefined) =>
  r ? [r.evidence, r.commentary].filter(Boolean).join(' ') : '';
const key = (r: ExtractedResponse) => r.provision2024 ?? r.provision;

/**
 * Compares a landlord's two assessments provision by provision (matched on the 2024
 * numbering, so editions can differ): whether the answer changed and how much the words
 * did, so analysts can see assessments copied forward from last year.
 */
export function compareAssessments(
  earlier: readonly ExtractedResponse[],
  later: readonly ExtractedResponse[],
): ProvisionChange[] {
  const before = new Map(earlier.map((r) => [key(r), r]));
  const after = new Map(later.map((r) => [key(r), r]));
  const provisions = [...new Set([...before.keys(), ...after.keys()])];
  return provisions.map((provision) => {
    const [a, b] = [before.get(provision), after.get(provision)];
    const [ta, tb] = [termFrequencies(text(a)), termFrequencies(text(b))];
    const modification =
      ta.size === 0 || tb.size === 0 ? null : Math.round((1 - cosine(ta, tb)) * 1000) / 1000;
    return {
      provision,
      before: a?.compliance ?? null,
      after: b?.compliance ?? null,
      answerChanged: (a?.compliance ?? null) !== (b?.compliance ?? null),
      modification,
    };
  });
}
