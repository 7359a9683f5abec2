import type { ExtractedResponse } from '@ingest/core';
import { hashString } from '../text/hash';
import { splitSentences } from '../text/sentences';
import { plainWords } from '../text/words';

export interface SectorAssessment {
  landlord: string;
  responses: readonly ExtractedResponse[];
}

/** Thresholds after Lang & Stice-Lawrence (2015), for landlords rather than companies. */
export const SECTOR_THRESHOLDS = {
  /** A 4-gram is boilerplate when this share of landlords use it… */
  minimumShare: 0.3,
  /** …but not this many: those are the language's own phrases ("in line with the"). */
  maximumShare: 0.75,
  /** With fewer landlords than this, shares mean little and nothing is called sector boilerplate. */
  minimumLandlords: 2,
} as const;

function fourGrams(sentence: string): number[] {
  const words = plainWords(sentence);
  const grams: number[] = [];
  for (let i = 0; i + 4 <= words.length; i++) {
    grams.push(hashString(words.slice(i, i + 4).join(' ')));
  }
  return grams;
}

function ownSentences(response: ExtractedResponse): string[] {
  return splitSentences([response.evidence, response.commentary].filter(Boolean).join('\n'));
}

/**
 * How many landlords use each word 4-gram in their evidence and commentary, over a whole
 * sector. A sentence containing a 4-gram used by 30–75% of landlords is sector boilerplate
 * (Lang & Stice-Lawrence, 2015); 4-grams of the Code's own requirement text are left out,
 * since echoing the requirement is judged separately.
 */
export class SectorNgramIndex {
  private readonly landlordsByGram = new Map<number, number>();
  readonly landlords: number;

  constructor(assessments: readonly SectorAssessment[]) {
    const byLandlord = new Map<string, Set<number>>();
    const requirementGrams = new Set<number>();
    for (const assessment of assessments) {
      const key = assessment.landlord.toLowerCase();
      const grams = byLandlord.get(key) ?? new Set<number>();
      for (const response of assessment.responses) {
        for (const g of fourGrams(response.requirement)) {
          requirementGrams.add(g);
        }
        for (const sentence of ownSentences(response)) {
          for (const g of fourGrams(sentence)) {
            grams.add(g);
          }
        }
      }
      byLandlord.set(key, grams);
    }
    this.landlords = byLandlord.size;
    for (const grams of byLandlord.values()) {
      for (const g of grams) {
        if (!requirementGrams.has(g)) {
          this.landlordsByGram.set(g, (this.landlordsByGram.get(g) ?? 0) + 1);
        }
      }
    }
  }

  /** The most landlords sharing any boilerplate 4-gram of the sentence, or 0 when it has none. */
  sharedBy(sentence: string): number {
    if (this.landlords < SECTOR_THRESHOLDS.minimumLandlords) {
      return 0;
    }
    let most = 0;
    for (const g of fourGrams(sentence)) {
      const count = this.landlordsByGram.get(g) ?? 0;
      const share = count / this.landlords;
      if (
        share >= SECTOR_THRESHOLDS.minimumShare &&
        share < SECTOR_THRESHOLDS.maximumShare &&
        count >= 2
      ) {
        most = Math.max(most, count);
      }
    }
    return most;
  }
}
