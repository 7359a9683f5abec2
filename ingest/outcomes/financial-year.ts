/**
 * The financial year (by the calendar year it starts in, April to March) a label names:
 * "2023/24", "2023-24", "2023-2024", "Q2 2023/24"; null when it names none.
 */
export function financialYearIn(text: string): number | null {
  const found = /\b(20\d\d)\s*[/–-]\s*(\d\d|20\d\d)\b/.exec(text);
  if (!found) {
    return null;
  }
  const start = Number(found[1]);
  const end = Number(found[2]!.length === 2 ? `20${found[2]}` : found[2]);
  return end === start + 1 ? start : null;
}

/** The financial year a date falls in (April starts a year). */
export function financialYearOf(date: Date): number {
  return date.getUTCMonth() >= 3 ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
}

/** "2023-24" for 2023. */
export function financialYearLabel(year: number): string {
  return `${year}-${String((year + 1) % 100).padStart(2, '0')}`;
}
