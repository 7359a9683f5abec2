/** Words that do not tell one landlord from another. */
const LEGAL_WORDS = /\b(limited|ltd|plc|cic|llp|the)\b/g;

/**
 * A landlord's name as a key for matching: case, punctuation, "&"/"and", and legal words
 * (Limited, Ltd, PLC, The) ignored. Two names match only when their keys are equal: no
 * fuzzy matching, because a wrong match would pin one landlord's outcomes on another.
 */
export function landlordNameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u200B-\u200D\uFEFF]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(LEGAL_WORDS, ' ')
    .replace(/ +/g, ' ')
    .trim();
}
