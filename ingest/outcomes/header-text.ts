const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\s]+/g;

/** Header text with zero-width characters gone and every kind of space one plain space. */
export function plainSpaces(text: string): string {
  return text.replace(ZERO_WIDTH, '').replace(ODD_SPACES, ' ').trim();
}

/**
 * A header label as words to compare: lower case, plain spaces, and footnote marks gone
 * (digits glued to the end of a word, as in "Landlord name2"; superscripts with the
 * other punctuation).
 */
export function headerWords(text: string): string {
  return plainSpaces(text)
    .replace(/([a-z)\]])\d+\b/gi, '$1')
    .toLowerCase()
    .replace(/[^a-z0-9()[\] ]+/g, ' ')
    .replace(/ +/g, ' ')
    .trim();
}
