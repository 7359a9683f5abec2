import type { AssessmentAnalysis } from '../assessment/analyse-assessment';
import { splitSentences } from '../text/sentences';
import { normaliseForComparison } from '../text/words';

export interface SectorPhrase {
  /** The sentence as one landlord wrote it. */
  sentence: string;
  /** How many landlords use it (word for word after normalisation). */
  landlords: number;
  /** How many responses across the sector contain it. */
  responses: number;
}

/**
 * The boilerplate sentences most landlords share: sentences of responses flagged as
 * boilerplate, counted by the number of landlords that use them.
 */
export function sectorPhrases(
  assessments: readonly { landlord: string; analysis: AssessmentAnalysis }[],
  limit = 20,
): SectorPhrase[] {
  const phrases = new Map<
    string,
    { sentence: string; landlords: Set<string>; responses: number }
  >();
  for (const { landlord, analysis } of assessments) {
    for (const response of analysis.responses) {
      if (!response.boilerplate.flag || response.mergedInto) {
        continue;
      }
      for (const sentence of splitSentences([response.evidence, response.commentary].join('\n'))) {
        const key = normaliseForComparison(sentence);
        if (key.split(' ').length < 4) {
          continue;
        }
        const entry = phrases.get(key) ?? { sentence, landlords: new Set<string>(), responses: 0 };
        entry.landlords.add(landlord.toLowerCase());
        entry.responses++;
        phrases.set(key, entry);
      }
    }
  }
  return [...phrases.values()]
    .map((p) => ({ sentence: p.sentence, landlords: p.landlords.size, responses: p.responses }))
    .sort(
      (a, b) =>
        b.landlords - a.landlords ||
        b.responses - a.responses ||
        a.sentence.localeCompare(b.sentence),
    )
    .slice(0, limit);
}
