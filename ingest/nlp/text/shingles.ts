/** The set of word n-grams (shingles) of a word sequence, joined by spaces. */
export function shingles(words: readonly string[], size: number): Set<string> {
  const out = new Set<string>();
  if (words.length < size) {
    if (words.length > 0) {
      out.add(words.join(' '));
    }
    return out;
  }
  for (let i = 0; i + size <= words.length; i++) {
    out.add(words.slice(i, i + size).join(' '));
  }
  return out;
}

/** |A ∩ B| / |A ∪ B| (Broder's resemblance); 0 for two empty sets. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) {
    return 0;
  }
  let shared = 0;
  for (const x of a) {
    if (b.has(x)) {
      shared++;
    }
  }
  return shared / (a.size + b.size - shared);
}

/** |A ∩ B| / |A|: how much of A is found in B (Broder's containment). */
export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0) {
    return 0;
  }
  let shared = 0;
  for (const x of a) {
    if (b.has(x)) {
      shared++;
    }
  }
  return shared / a.size;
}
