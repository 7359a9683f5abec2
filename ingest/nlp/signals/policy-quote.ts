// A quotation long enough to be the policy's own words, not a title.
const QUOTATION = /['‘"“]((?:[^'’"”]|['’](?=[a-z]))*?)['’"”](?!\w)/g;
// The policy "states that: …", "says: …", "reads: …".
const SAYS =
  /\b(?:states?|says?|reads?|provides?|specif(?:y|ies)|wording is)(?:\s+that)?\s*:\s*(.+)$/i;
const LOCATOR =
  /\b(?:section|clause|paragraph|para|point|part|page|s\.?)\s*\d+(?:\.\d+)*|\b(?:policy|procedure|charter|handbook|guidance|framework)\b/i;
const QUOTE_WORDS = 8;

const wordCount = (s: string) => s.split(/\s+/).filter((w) => /\w/.test(w)).length;

/**
 * Whether a sentence quotes the landlord's own policy: a document or clause named beside
 * a quotation of at least eight words (a section title is shorter), or "the policy states: …". It shows what the policy
 * says, even when its words are the Code's.
 */
export function quotesPolicy(text: string): boolean {
  if (!LOCATOR.test(text)) {
    return false;
  }
  const said = SAYS.exec(text);
  if (said && wordCount(said[1]!) >= QUOTE_WORDS) {
    return true;
  }
  return [...text.matchAll(QUOTATION)].some((m) => wordCount(m[1]!) >= QUOTE_WORDS);
}
