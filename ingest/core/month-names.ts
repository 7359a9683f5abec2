/** A month written out or abbreviated ("Jan", "Sept", "March"), as a regular-expression source (no capture). */
export const MONTH_PATTERN =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

/** 1–12 for a month name or abbreviation, 0 when it is none. */
export function monthNumber(word: string): number {
  return (
    ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(
      word.slice(0, 3).toLowerCase(),
    ) + 1
  );
}
