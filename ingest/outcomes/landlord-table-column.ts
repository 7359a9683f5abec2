import { headerWords } from './header-text';
import { findingOutcome, type FindingOutcome } from './ombudsman-outcome';

/** A figure column of the Ombudsman's landlord-level table. */
export type LandlordTableColumn =
  { kind: 'outcome'; outcome: FindingOutcome } | { kind: 'total' } | { kind: 'rate' };

const SHARE = /\b(rate|percentage|per ?cent|proportion)\b/;

/**
 * What a landlord-level table's header names, by its words (not its position): the
 * maladministration (or upheld) rate, a count of one outcome ("Severe maladministration",
 * "Number of service failure findings"), or the number of findings or determinations;
 * null for any other column, shares of other outcomes included.
 */
export function landlordTableColumn(header: string): LandlordTableColumn | null {
  const words = headerWords(header);
  const outcome = findingOutcome(words);
  if (header.includes('%') || SHARE.test(words)) {
    return outcome === 'maladministration' || (!outcome && /\bupheld\b/.test(words))
      ? { kind: 'rate' }
      : null;
  }
  if (outcome) {
    return { kind: 'outcome', outcome };
  }
  return /\b(findings|determinations|decisions|determined)\b/.test(words) && !/\bper\b/.test(words)
    ? { kind: 'total' }
    : null;
}
