import type { CodeProvision } from './provision';
import { stemmedWords } from './stemmed-words';

export interface ProvisionMatch {
  provision: CodeProvision;
  /** Weighted share of the provision's keywords found in the text, 0–1. */
  score: number;
}

/**
 * Scores how well a requirement text matches each candidate provision: the share of a
 * provision's keywords that the text contains, each keyword weighted by how rare it is
 * among the candidates, so that words every provision uses count for little.
 */
export function matchProvisions(
  text: string,
  candidates: readonly CodeProvision[],
): ProvisionMatch[] {
  const words = new Set(stemmedWords(text));
  const keywordSets = candidates.map((p) => new Set(stemmedWords(p.keywords.join(' '))));
  const documentFrequency = new Map<string, number>();
  for (const set of keywordSets) {
    for (const keyword of set) {
      documentFrequency.set(keyword, (documentFrequency.get(keyword) ?? 0) + 1);
    }
  }
  const weight = (keyword: string) =>
    Math.log(1 + candidates.length / (documentFrequency.get(keyword) ?? 1));
  return candidates
    .map((provision, i) => {
      let total = 0;
      let found = 0;
      for (const keyword of keywordSets[i] ?? []) {
        total += weight(keyword);
        if (words.has(keyword)) {
          found += weight(keyword);
        }
      }
      return { provision, score: total === 0 ? 0 : found / total };
    })
    .sort((a, b) => b.score - a.score);
}

/** The best match, when it is clear enough to rely on. */
export function bestProvisionMatch(
  text: string,
  candidates: readonly CodeProvision[],
  minimumScore = 0.3,
): ProvisionMatch | undefined {
  const [best, second] = matchProvisions(text, candidates);
  if (!best || best.score < minimumScore) {
    return undefined;
  }
  if (second && second.score >= best.score) {
    return undefined;
  }
  return best;
}
