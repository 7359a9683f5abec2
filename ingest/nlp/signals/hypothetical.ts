// What would happen, not what does: a conditional modal, an inverted "should we …", or
// "in the event that". "would like" and "whether … would" report a question someone is
// asked, which is practice, not supposition.
const MODAL = /\b(?:would|could|might)\b(?!\s+(?:like|prefer|rather|want|wish)\b)/i;
const REPORTED =
  /\b(?:whether|if)\s+(?:they|he|she|the resident|the customer|the complainant)\s+(?:would|could|might)\b/i;
const INVERTED =
  /(?:^|[,;:(]\s*|\bthen\s+)(?:should|were|had)\s+(?:we|a|an|the|it|there|they|any|this|that|our|you)\b/i;
const EVENT =
  /\b(?:in the (?:unlikely |rare )?event (?:that|of)|in (?:the )?case (?:that|of)|supposing|hypothetically|in theory)\b/i;

/**
 * The words that make a sentence hypothetical, in any tense ("we would write", "should a
 * resident ask", "if the response were late we could …"), or null.
 */
export function hypotheticalWording(text: string): string | null {
  const inverted = INVERTED.exec(text) ?? EVENT.exec(text);
  if (inverted) {
    return inverted[0].replace(/^[,;:(\s]+/, '').trim();
  }
  const modal = MODAL.exec(text);
  if (modal && !REPORTED.test(text)) {
    return modal[0];
  }
  return null;
}
