import { headerWords, plainSpaces } from './header-text';

export const TENURES = ['lcra', 'lcho', 'combined'] as const;
/** Low cost rental, low cost home ownership, or both together. */
export type Tenure = (typeof TENURES)[number];

export type MeasurePart = 'value' | 'numerator' | 'denominator';

export interface MeasureColumn {
  /** `CH01 stage 1`, `CH02 stage 2`, `TP09`. */
  measure: string;
  part: MeasurePart;
  /** From the header's words, else null (the sheet says). */
  tenure: Tenure | null;
  /** CH02 and TP09 are shares of 100; CH01 is a rate per 1,000 homes. */
  percent: boolean;
}

/** The measures chc-bench takes from the Tenant Satisfaction Measures. */
const TAKEN = new Set(['CH01', 'CH02', 'TP09']);
const STAGED = new Set(['CH01', 'CH02']);

const IN_BRACKETS =
  /\(\s*(CH\d\d|TP\d\d)(?:[\s_.-]*\(?([12])\)?)?\s*(numerator|denominator)?\s*\)/i;
const BARE = /\b(CH\d\d|TP\d\d)(?:[\s_.-]*([12]))?\b/i;

export function tenureIn(text: string): Tenure | null {
  const words = headerWords(text);
  return TENURES.find((t) => new RegExp(`\\b${t}\\b`).test(words)) ?? null;
}

/**
 * The measure a header names, found by its code (`(CH02 1)`, `CH02_1`, `(TP09)`) rather
 * than its wording, so footnote digits, non-breaking or zero-width spaces and reworded
 * titles do not matter; null for any other column.
 */
export function measureColumn(header: string): MeasureColumn | null {
  const text = plainSpaces(header);
  const found = IN_BRACKETS.exec(text) ?? BARE.exec(text);
  if (!found) {
    return null;
  }
  const code = found[1]!.toUpperCase();
  if (!TAKEN.has(code) || (STAGED.has(code) && !found[2])) {
    return null;
  }
  const words = headerWords(text);
  const part: MeasurePart = /\bnumerator\b/.test(words)
    ? 'numerator'
    : /\bdenominator\b/.test(words)
      ? 'denominator'
      : 'value';
  return {
    measure: STAGED.has(code) ? `${code} stage ${found[2]}` : code,
    part,
    tenure: tenureIn(header),
    percent: code !== 'CH01',
  };
}
