import { MONTH_PATTERN, monthNumber } from '@ingest/core';

/** The period an assessment covers, as a document states it. */
export interface StatedPeriod {
  /** The statement, tidied: "April 2024 - March 2025", "2024/25", "2025". */
  text: string;
  /** First and last day (YYYY-MM-DD) where the statement gives them; null for a lone year. */
  start: string | null;
  end: string | null;
  /** The assessment year: the calendar year in which the period ends (2024/25 → 2025). */
  year: number;
}

export interface PeriodOptions {
  /** Accept "2024/25" without "FY" or "financial year" before it (titles and labelled lines). */
  bareFinancialYear: boolean;
  /** Accept a lone year or month after "self-assessment" ("Self-assessment 2025"). */
  loneYear: boolean;
}

const MONTH = MONTH_PATTERN;
const DAY = '(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+)?';
const TO = '\\s*(?:-|–|—|to|until)\\s*';
const MONTH_RANGE = new RegExp(
  `\\b${DAY}(${MONTH})\\.?,?\\s+(20\\d{2})${TO}${DAY}(${MONTH})\\.?,?\\s+(20\\d{2})\\b`,
  'gi',
);
const NUMERIC_RANGE =
  /\b(\d{1,2})\/(\d{1,2})\/(20\d{2})\s*(?:-|–|—|to)\s*(\d{1,2})\/(\d{1,2})\/(20\d{2})\b/gi;
const FINANCIAL_YEAR =
  /\b(fy|financial year|fiscal year)?[\s:]*(20\d{2}|(?<=fy\s?)\d{2})\s*(?:\/|-|–|to)\s*(20\d{2}|\d{2})\b(?![/-]\d)/gi;
const LONE_YEAR = new RegExp(
  `^\\s*((?:${MONTH}\\s+)?(20\\d{2}))\\s*$|self[- ]assessment\\s*(?:for|of)?\\s*[:–-]?\\s*((?:${MONTH}\\s+)?(20\\d{2}))\\b(?!\\s*(?:/|-|–)\\s*\\d)|\\b(20\\d{2})\\s+(?:annual\\s+)?self[- ]assessment`,
  'i',
);
/** A financial year or stated range longer than this is a plan or a strategy, not a period. */
const LONGEST_DAYS = 731;

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const iso = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

function ranged(text: string, start: string, end: string): StatedPeriod | null {
  const days = (Date.parse(end) - Date.parse(start)) / 86_400_000;
  if (!(days > 0 && days <= LONGEST_DAYS)) {
    return null;
  }
  return { text, start, end, year: Number(end.slice(0, 4)) };
}

function monthRange(match: RegExpMatchArray): StatedPeriod | null {
  const [, d1, m1, y1, d2, m2, y2] = match;
  const from = monthNumber(m1!);
  const to = monthNumber(m2!);
  const fromYear = Number(y1);
  const toYear = Number(y2);
  const firstDay = d1 ? Number(d1) : 1;
  const finalDay = d2 ? Number(d2) : lastDay(toYear, to);
  if (firstDay > lastDay(fromYear, from) || finalDay > lastDay(toYear, to)) {
    return null;
  }
  const text = match[0].replace(/\s*(?:-|–|—)\s*/, ' - ').replace(/\s+/g, ' ');
  return ranged(text, iso(fromYear, from, firstDay), iso(toYear, to, finalDay));
}

function numericRange(match: RegExpMatchArray): StatedPeriod | null {
  const [d1, m1, y1, d2, m2, y2] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (!d1 || !d2 || m1 > 12 || m2 > 12 || d1 > lastDay(y1, m1) || d2 > lastDay(y2, m2)) {
    return null;
  }
  return ranged(match[0].replace(/\s*(?:-|–|—)\s*/, ' - '), iso(y1, m1, d1), iso(y2, m2, d2));
}

function financialYear(match: RegExpMatchArray, options: PeriodOptions): StatedPeriod | null {
  const [, prefix, first, second] = match;
  if (!prefix && !options.bareFinancialYear) {
    return null;
  }
  const startYear = first!.length === 2 ? 2000 + Number(first) : Number(first);
  const endYear =
    second!.length === 2 ? Math.floor(startYear / 100) * 100 + Number(second) : Number(second);
  // "2024-26" is a plan's span and "2025-03" a date: a financial year runs into the next year.
  if (endYear !== startYear + 1) {
    return null;
  }
  return {
    text: `${startYear}/${String(endYear).slice(2)}`,
    start: iso(startYear, 4, 1),
    end: iso(endYear, 3, 31),
    year: endYear,
  };
}

/**
 * The period one line states: a month range ("April 2024 - March 2025", "1 April 2024 to
 * 31 March 2025"), a date range ("01/04/2024 - 31/03/2025"), a financial year ("2024/25",
 * "2024-25", "FY 2024/25", "financial year 2024 to 2025"), or with `loneYear` a year or month
 * after "self-assessment" ("Self-assessment 2025") or alone ("2025"). A range that runs backwards or over two
 * years is no period. Null when the line states none.
 */
export function readPeriod(line: string, options: PeriodOptions): StatedPeriod | null {
  const found =
    first(line.matchAll(MONTH_RANGE), monthRange) ??
    first(line.matchAll(NUMERIC_RANGE), numericRange) ??
    first(line.matchAll(FINANCIAL_YEAR), (m) => financialYear(m, options));
  if (found || !options.loneYear) {
    return found;
  }
  const lone = LONE_YEAR.exec(line);
  if (!lone) {
    return null;
  }
  const [, alone, aloneYear, after, afterYear, before] = lone;
  return {
    text: (alone ?? after ?? before)!.replace(/\s+/g, ' '),
    start: null,
    end: null,
    year: Number(aloneYear ?? afterYear ?? before),
  };
}

function first(
  matches: Iterable<RegExpMatchArray>,
  read: (match: RegExpMatchArray) => StatedPeriod | null,
): StatedPeriod | null {
  for (const match of matches) {
    const period = read(match);
    if (period) {
      return period;
    }
  }
  return null;
}

/**
 * The assessment year: the calendar year in which the period the assessment covers ends
 * (April 2024 – March 2025, 2024/25 → 2025); where no period is stated, the year of the date
 * the document says it was completed, reviewed or approved, since landlords complete it as
 * the year under review closes. Null when the document states neither.
 */
export function assessmentYear(
  period: { year: number | null } | null,
  completedYear: number | null,
): number | null {
  return period?.year ?? completedYear;
}

/**
 * The period's dates and the assessment year read again from what an older version stored
 * (the period as text and the completion date), so a stored assessment gets its year
 * without its document being read again.
 */
export function periodOfStored(
  period: string | null,
  completedOn: string | null,
): { periodStart: string | null; periodEnd: string | null; year: number | null } {
  const stated = period ? readPeriod(period, { bareFinancialYear: true, loneYear: true }) : null;
  return {
    periodStart: stated?.start ?? null,
    periodEnd: stated?.end ?? null,
    year: assessmentYear(stated, completedOn ? Number(completedOn.slice(0, 4)) : null),
  };
}
