import { MONTH_PATTERN } from '@ingest/core';

// Saying that something is missing or not yet done, in the landlord's own words. "Not
// required" or "not charged" states a rule, and "a manager who was not involved" describes
// someone: neither is a gap.
const GAP = [
  /\bnot\s+(?:yet|currently|presently|at present|at the moment|as yet|always|consistently|fully|explicitly|formally|routinely|specifically)\b/i,
  /(?<!\b(?:who|that|which)\s+)\b(?:is|are|was|were|has|have|had)\s*(?:n['’]t|\s+not)\s+(?:yet\s+|currently\s+|been\s+|fully\s+|explicitly\s+|always\s+)*(?:in place|set out|done|met|written|available|compliant|consistent|clear|(?!(?:required|expected|obliged|allowed|permitted|needed|charged|limited|restricted|given)\b)\w+(?:ed|en))\b/i,
  /\b(?:we|it|this|the policy|the procedure|our policy|our procedure|the landlord|staff|officers?)\s+(?:do|does|did|can|could)\s*(?:n['’]t|\s+not)\s+(?:yet\s+|currently\s+|always\s+|routinely\s+|formally\s+)?\w+/i,
  /\b(?:there is|there are|we have|we hold|we keep|it has)\s+no\b/i,
  /\bno\s+(?:\w+\s+){0,3}(?:is|are|has been|have been|exists?)\s+(?:yet\s+|currently\s+)?(?:in place|available|recorded|held|set out|published|agreed)\b/i,
  /\b(?:we are|we're|we were)\s+not\b/i,
  /\b(?:nothing|no one|nobody|none of)\b[^.;]*\b(?:yet|currently|at present|so far)\b/i,
  /\b(?:is|are)\s+missing\b|\b(?:a|one|the)\s+gap\b|\bgaps?\s+(?:in|with|remain)\b|\bnon[- ]?complian(?:t|ce)\b|\bpartially\s+(?:met|compliant|in place)\b/i,
  /\bnot\s+(?:in|within|part of|covered by|mentioned in)\s+(?:the|our)\s+(?:current\s+)?(?:policy|procedure|guidance|process)\b/i,
];

// A future step with a time to it: "at the next review", "by March 2026", "in spring 2026".
const FUTURE =
  /\b(?:will|shall|is to|are to|to be|due to|plan(?:s|ned)? to|intend(?:s|ed)? to|aim(?:s)? to|scheduled|planned|proposed)\b/i;
const WHEN = new RegExp(
  `\\b(?:(?:at|in|by|during|before|after|from|for|until|within)\\s+(?:the\\s+)?(?:next|following|coming|forthcoming|upcoming|planned)\\s+(?:\\w+\\s+){0,2}(?:review|revision|update|quarter|year|month|meeting|cycle|round)|(?:by|in|from|during|before|until|early|mid|late|end of|end)\\s+(?:${MONTH_PATTERN}|spring|summer|autumn|winter|Q[1-4]|(?:19|20)\\d{2})|(?:spring|summer|autumn|winter)\\s+(?:19|20)\\d{2}|within\\s+(?:the\\s+next\\s+)?(?:\\d+|a|one|two|three|six|twelve)\\s+(?:weeks?|months?)|(?:this|next)\\s+(?:financial\\s+)?(?:year|quarter|month))\\b`,
  'i',
);

/** What a sentence owns up to: a gap, a dated plan, or nothing. */
export type Admission = 'gap' | 'plan' | null;

/**
 * Whether a sentence admits a gap ("not yet in the policy", "we do not currently …") or
 * commits to a step with a time ("will be added at the next review in spring 2026"). Both
 * are what an analyst most needs to read, so neither is ever boilerplate.
 */
export function findAdmission(text: string): Admission {
  if (GAP.some((pattern) => pattern.test(text))) {
    return 'gap';
  }
  return FUTURE.test(text) && WHEN.test(text) ? 'plan' : null;
}
