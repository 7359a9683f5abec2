// Full stops that do not end a sentence: abbreviations, initials, numbered references.
const PROTECTED =
  /\b(e\.g|i\.e|etc|no|nos|vs|para|paras|approx|incl|ref|st|nd|rd|th|dept|cllr|mr|mrs|ms|dr|ltd)\.$/i;

/**
 * Splits cell text into sentences and list items: at line breaks and bullets, and after
 * ".", "!", "?" or ";" followed by a space and a capital, digit or quote — not after an
 * abbreviation or inside a number such as "3.1".
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\n+|•/)) {
    let start = 0;
    const re = /[.!?;](?=\s+["'“‘(]?[A-Z0-9])/g;
    let match: RegExpExecArray | null;
    while ((match = re.exec(line)) !== null) {
      const end = match.index + 1;
      if (PROTECTED.test(line.slice(Math.max(start, end - 8), end))) {
        continue;
      }
      out.push(line.slice(start, end));
      start = end;
    }
    out.push(line.slice(start));
  }
  return out.map((s) => s.trim()).filter((s) => /[a-z0-9]/i.test(s));
}
