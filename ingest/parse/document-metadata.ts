import { MONTH_PATTERN, monthNumber, type Block } from '@ingest/core';
import {
  assessmentYear,
  readPeriod,
  type PeriodOptions,
  type StatedPeriod,
} from './assessment-period';

export interface DocumentMetadata {
  landlord: string | null;
  assessmentDate: string | null;
  period: string | null;
  /** First and last day of the period (YYYY-MM-DD), where the document states them. */
  periodStart: string | null;
  periodEnd: string | null;
  /** The assessment year: see `assessmentYear`. */
  year: number | null;
}

const MONTH = MONTH_PATTERN;
const DATE_LABEL =
  /^(?:date(?: completed| of (?:assessment|completion|review|approval|sign[- ]off))?|completed(?: on)?|assessment date|date approved|approved(?: on)?|(?:last )?reviewed(?: on)?|review date|signed off(?: on)?)\b[:\s]*/i;
const PERIOD_LABEL = /\b(?:period|reporting period|year|covering)\s*[:–-]\s*([^.;\n]{3,40})/i;
const TITLE_SUFFIX =
  /\s*[:–|-]\s*(?:housing ombudsman\s+)?(?:complaint handling code|complaints? handling|self[- ]assessment).*$/i;
const ORGANISATION_WORD =
  /\b(Homes|Housing|Council|Living|Group|Trust|Partnership|Association|Communities|Dominion)\b/;
// Capitalised runs that may hold "in", "and", "of" or "&": "Homes in Sedgemoor", "Oadby and Wigston Borough Council".
const CAPITALISED_RUN =
  /\b[A-Z][\w'’-]*(?:[ \t]+(?:(?:in|and|of|&|upon|on)[ \t]+)?[A-Z][\w'’-]*)+/g;
const GENERIC_TITLE =
  /^(appendix|annex|section|part|table|schedule|figure|stage|the|our|this|annual|housing ombudsman)\b/i;
const NOT_A_LANDLORD =
  /ombudsman|regulator|code|complaints?|customers?|tenants?|residents?|policy|procedure|team|manager|officer|board|panel|equality act|self[- ]assessment/i;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** An ISO date from "21 March 2025", "2025-03-21" or "21/03/2025" (UK order), else null. */
export function readDate(text: string): string | null {
  const iso = /\b(20\d{2})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) {
    return `${iso[1]}-${iso[2]}-${iso[3]}`;
  }
  const words = new RegExp(
    `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH})\\s+(20\\d{2})\\b`,
    'i',
  ).exec(text);
  if (words) {
    const month = monthNumber(words[2]!);
    return `${words[3]}-${pad(month)}-${pad(Number(words[1]))}`;
  }
  const numeric = /\b(\d{1,2})\/(\d{1,2})\/(20\d{2})\b/.exec(text);
  if (numeric && Number(numeric[2]) <= 12) {
    return `${numeric[3]}-${pad(Number(numeric[2]))}-${pad(Number(numeric[1]))}`;
  }
  return null;
}

/** The year of a date given to the month only: "March 2025", "03/2025", "2025-03". */
function monthYear(text: string): number | null {
  const match = new RegExp(
    `^\\s*(?:${MONTH}\\.?,?\\s+(20\\d{2})|\\d{1,2}[/.-](20\\d{2})|(20\\d{2})-\\d{2})\\b`,
    'i',
  ).exec(text);
  return match ? Number(match[1] ?? match[2] ?? match[3]) : null;
}

type Period = Omit<StatedPeriod, 'year'> & { year: number | null };

/**
 * The period from the most deliberate statement: a labelled line ("Period: …"), then the
 * title, then a month range or an explicit financial year anywhere outside the table; a
 * labelled period that gives no dates ("Period: Q1") is kept as text when nothing else does.
 */
function statedPeriod(
  labelled: readonly string[],
  titles: readonly string[],
  front: readonly string[],
): Period | null {
  const texts = labelled.map((line) => PERIOD_LABEL.exec(line)?.[1]?.trim() ?? '');
  const candidates: [readonly string[], PeriodOptions][] = [
    [texts, { bareFinancialYear: true, loneYear: true }],
    [titles, { bareFinancialYear: true, loneYear: true }],
    [front, { bareFinancialYear: false, loneYear: false }],
  ];
  for (const [lines, options] of candidates) {
    for (const line of lines) {
      const period = readPeriod(line, options);
      if (period) {
        return period;
      }
    }
  }
  const text = texts.find(Boolean);
  return text
    ? { text: text.replace(/\s*(?:-|–)\s*/, ' - '), start: null, end: null, year: null }
    : null;
}

function landlordFromTitles(lines: readonly string[]): string | null {
  for (const line of lines) {
    if (!/complaint|self[- ]assessment/i.test(line)) {
      continue;
    }
    const name = line.replace(TITLE_SUFFIX, '').trim();
    if (
      name &&
      name !== line.trim() &&
      name.length <= 80 &&
      /^[A-Z]/.test(name) &&
      !GENERIC_TITLE.test(name)
    ) {
      return name;
    }
  }
  return null;
}

function mostCitedOrganisation(text: string): string | null {
  const counts = new Map<string, number>();
  for (const match of text.matchAll(CAPITALISED_RUN)) {
    const name = match[0].replace(/^(The|Our|At|By|For|With)\s+/, '').trim();
    if (
      !ORGANISATION_WORD.test(name) ||
      NOT_A_LANDLORD.test(name) ||
      name.split(/\s+/).length > 6
    ) {
      continue;
    }
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
  return best && best[1] >= 3 ? best[0] : null;
}

/**
 * Reads what a document says about itself outside the table: who published it, when it
 * was completed and the period it covers. Only what is stated; never guessed from dates
 * in the evidence.
 */
export function readMetadata(blocks: readonly Block[]): DocumentMetadata {
  const loose = blocks.filter((b) => b.kind === 'text').map((b) => b.text);
  const headings = blocks
    .filter((b) => b.kind === 'text' && b.heading)
    .map((b) => (b.kind === 'text' ? b.text : ''));
  const labelled = blocks
    .filter((b) => b.kind === 'row' && b.cells.length <= 3)
    .map((b) => (b.kind === 'row' ? b.cells.map((c) => c.text).join(': ') : ''));
  const front = [...loose, ...labelled];
  let assessmentDate: string | null = null;
  let completedYear: number | null = null;
  for (const line of front) {
    if (DATE_LABEL.test(line)) {
      const rest = line.replace(DATE_LABEL, '');
      assessmentDate = readDate(rest);
      completedYear = assessmentDate ? Number(assessmentDate.slice(0, 4)) : monthYear(rest);
      if (completedYear) {
        break;
      }
    }
  }
  const titles = headings.length > 0 ? headings : loose.slice(0, 5);
  const period = statedPeriod(
    front.filter((line) => PERIOD_LABEL.test(line) && line.length <= 120),
    titles,
    front,
  );
  const allText = blocks
    .map((b) =>
      b.kind === 'row' ? b.cells.map((c) => c.text).join('\n') : b.kind === 'text' ? b.text : '',
    )
    .join('\n');
  const landlord = landlordFromTitles(titles) ?? mostCitedOrganisation(allText);
  return {
    landlord,
    assessmentDate,
    period: period?.text ?? null,
    periodStart: period?.start ?? null,
    periodEnd: period?.end ?? null,
    year: assessmentYear(period, completedYear),
  };
}
