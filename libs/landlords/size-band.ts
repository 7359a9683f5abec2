/** Landlords grouped by homes owned, for comparing like with like. */
export type SizeBand = 'small' | 'medium' | 'large' | 'very_large';

/** Lower bounds in homes, smallest first; each band runs to the next one's bound. */
export const SIZE_BANDS: readonly { band: SizeBand; from: number; label: string }[] = [
  { band: 'small', from: 0, label: 'fewer than 1,000 homes' },
  { band: 'medium', from: 1_000, label: '1,000 to 9,999 homes' },
  { band: 'large', from: 10_000, label: '10,000 to 29,999 homes' },
  { band: 'very_large', from: 30_000, label: '30,000 homes or more' },
];

export function sizeBandOf(homes: number | null): SizeBand | null {
  if (homes === null) {
    return null;
  }
  return [...SIZE_BANDS].reverse().find((b) => homes >= b.from)!.band;
}

/** The same banding in SQL, over a column of homes. */
export function sizeBandSql(homes: string): string {
  const cases = [...SIZE_BANDS]
    .reverse()
    .map((b) => `WHEN ${homes} >= ${b.from} THEN '${b.band}'`)
    .join(' ');
  return `(CASE ${cases} END)`;
}

/** A band's place in size order (smallest first) in SQL, so bands never sort by name. */
export function sizeBandOrderSql(band: string): string {
  const cases = SIZE_BANDS.map((b, i) => `WHEN '${b.band}' THEN ${i}`).join(' ');
  return `(CASE ${band} ${cases} END)`;
}
