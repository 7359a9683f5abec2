/** An answer a text opens with, and the text after it. */
export interface LeadingAnswer {
  answer: string;
  rest: string;
}

const LABEL = String.raw`(?:(?:are we |do we |is it |we are )?(?:compliant|compliance|comply|complies|met)|answer|response|self[- ]assessment|status)(?:\?\s*[:–—-]?|\s*[:–—-])\s*`;
const ANSWER = String.raw`yes|no|partial(?:ly)?(?: compliant| met)?|partly(?: compliant| met)?|fully(?: compliant| met)?|compliant|non[- ]compliant|not(?: yet)? (?:compliant|met)|not applicable|n\s*/\s*a|met|not met`;
/**
 * The answer must end where punctuation or the text ends: "No, because…" and "Yes – see…"
 * open with an answer; "No complaints were refused…" does not.
 */
const LEADING = new RegExp(
  String.raw`^\s*(?:${LABEL})?(${ANSWER})(?:\s*(?:[.,;:!–—]|-(?=\s))\s*|\s*$)(.*)$`,
  'is',
);

/**
 * Reads an answer written at the start of a text rather than in a cell of its own:
 * "Yes. We …", "Yes – see …", "Compliant: Yes", "Fully compliant.", "Partially – …",
 * "No, because …". Null when the text does not open with one.
 */
export function leadingAnswer(text: string): LeadingAnswer | null {
  const match = LEADING.exec(text.replace(/^[\s•]+/, ''));
  if (!match?.[1]) {
    return null;
  }
  return { answer: match[1].trim(), rest: (match[2] ?? '').trim() };
}
