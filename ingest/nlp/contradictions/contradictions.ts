import type { Compliance } from '@ingest/core';

/** An answer that the response's own words contradict, with the words that show it. */
export interface Contradiction {
  kind: 'yes_but_admits_gap' | 'no_but_claims_compliance';
  words: string;
}

const ADMITS_GAP = [
  /\bnot (?:currently |yet |fully |explicitly )?(?:outlined|covered|included|set out|contained|stated|documented|reflected|in place|compliant|met|meeting|achieved|recorded)\b[^.;]*/i,
  /\bwe are not (?:currently |yet |fully )?compliant\b[^.;]*/i,
  /\b(?:further|more|additional) assurance (?:is |was )?(?:required|needed)\b[^.;]*/i,
  /\b(?:is|are) (?:currently |still )?being (?:developed|reviewed|worked on|drafted|implemented)\b[^.;]*/i,
  /\b(?:procedure|process|guidance|policy)(?:\s*\/\s*\w+)? (?:guidance )?is required to\b[^.;]*/i,
  /\bwill be (?:addressed|improved|updated|introduced|implemented) in\b[^.;]*/i,
  /\b(?:does|do) not (?:currently )?(?:have|hold|collect|record|meet|comply)\b[^.;]*/i,
  /\b(?:compliance|target) (?:has|have) not been (?:met|achieved)\b[^.;]*/i,
  /\bstill working (?:on|towards)\b[^.;]*/i,
];
const CLAIMS_COMPLIANCE = [
  /\bwe are (?:fully )?compliant\b[^.;]*/i,
  /\b(?:this|the requirement) is (?:fully )?(?:met|in place|compliant)\b[^.;]*/i,
  /\bfully (?:meets?|complies|compliant)\b[^.;]*/i,
];

/**
 * Finds an answer its own text contradicts: "Yes" whose commentary admits the requirement
 * is not met ("not outlined in the policy", "further assurance required"), or "No" whose
 * commentary says it is.
 */
export function findContradiction(compliance: Compliance, text: string): Contradiction | null {
  const patterns = compliance === 'yes' ? ADMITS_GAP : compliance === 'no' ? CLAIMS_COMPLIANCE : [];
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) {
      return {
        kind: compliance === 'yes' ? 'yes_but_admits_gap' : 'no_but_claims_compliance',
        words: match[0].trim().slice(0, 160),
      };
    }
  }
  return null;
}
