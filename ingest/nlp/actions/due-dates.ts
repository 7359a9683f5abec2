import { MONTH_PATTERN, monthNumber } from '@ingest/core';
/** When an action is due: a day, or the period it must be done within. */
export interface DueDate {
  from: string;
  to: string;
  /** The words the dates were read from. */
  expression: string;
}

const MONTH = `(${MONTH_PATTERN})`;

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const monthRange = (y: number, m: number) => ({ from: iso(y, m, 1), to: iso(y, m, lastDay(y, m)) });
/** "2025/26" → 2025: English social housing reports by financial year, April to March. */
const financialYear = (start: string) => Number(start);

type Reader = {
  pattern: RegExp;
  read: (m: RegExpExecArray) => { from: string; to: string } | null;
};

const READERS: Reader[] = [
  {
    pattern: /\b(\d{1,2})[/.](\d{1,2})[/.](20\d{2}|\d{2})\b/,
    read: (m) => {
      const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
      const [day, month] = [Number(m[1]), Number(m[2])];
      return month >= 1 && month <= 12 && day >= 1 && day <= lastDay(year, month)
        ? { from: iso(year, month, day), to: iso(year, month, day) }
        : null;
    },
  },
  {
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\s+(20\\d{2})\\b`, 'i'),
    read: (m) => {
      const [y, mo, d] = [Number(m[3]), monthNumber(m[2]!), Number(m[1])];
      return { from: iso(y, mo, d), to: iso(y, mo, d) };
    },
  },
  {
    pattern: /\bQ([1-4])\s*(20\d{2})\s*[/-]\s*(\d{2,4})\b/i,
    read: (m) => {
      const start = financialYear(m[2]!);
      const quarter = Number(m[1]);
      const firstMonth = (((quarter - 1) * 3 + 3) % 12) + 1;
      const year = quarter === 4 ? start + 1 : start;
      return {
        from: iso(year, firstMonth, 1),
        to: iso(year, firstMonth + 2, lastDay(year, firstMonth + 2)),
      };
    },
  },
  {
    pattern: new RegExp(`\\b${MONTH}\\s+(20\\d{2})\\s*[/-]\\s*(\\d{2})\\b`, 'i'),
    read: (m) => {
      const month = monthNumber(m[1]!);
      const start = financialYear(m[2]!);
      return monthRange(month >= 4 ? start : start + 1, month);
    },
  },
  {
    pattern: /\bQ([1-4])\s+(20\d{2})\b/i,
    read: (m) => {
      const [quarter, year] = [Number(m[1]), Number(m[2])];
      const first = (quarter - 1) * 3 + 1;
      return { from: iso(year, first, 1), to: iso(year, first + 2, lastDay(year, first + 2)) };
    },
  },
  {
    pattern: new RegExp(`\\b${MONTH}\\s+(20\\d{2})\\b`, 'i'),
    read: (m) => monthRange(Number(m[2]), monthNumber(m[1]!)),
  },
  {
    pattern: /\b(20\d{2})\s*[/-]\s*(\d{2})\b/,
    read: (m) => ({
      from: iso(financialYear(m[1]!), 4, 1),
      to: iso(financialYear(m[1]!) + 1, 3, 31),
    }),
  },
  {
    pattern: /\b(?:end of|by|during|in)\s+(20\d{2})\b(?!\s*[/-]\s*\d)/i,
    read: (m) => ({ from: iso(Number(m[1]), 1, 1), to: iso(Number(m[1]), 12, 31) }),
  },
];

/**
 * Reads the first date or period in a text: "31/03/2025", "26 June 2024", "end Q2
 * 2025/26" (a financial-year quarter), "November 2024", "September 2024/25", "2025/26".
 */
export function readDueDate(text: string): DueDate | null {
  let best: { index: number; due: DueDate } | null = null;
  for (const reader of READERS) {
    const match = reader.pattern.exec(text);
    if (!match) {
      continue;
    }
    const range = reader.read(match);
    if (range && (!best || match.index < best.index)) {
      best = { index: match.index, due: { ...range, expression: match[0] } };
    }
  }
  return best?.due ?? null;
}
