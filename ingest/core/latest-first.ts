/** What places one of a landlord's assessments before another, newest first. */
export interface DatedAssessment {
  year: number | null;
  /** Last day of the period (YYYY-MM-DD). */
  periodEnd: string | null;
  /** Completion date (YYYY-MM-DD). */
  completedOn: string | null;
}

/**
 * The one rule for which of a landlord's assessments is current: the latest period (its
 * assessment year, then the period's last day), then the latest completion date. Unknowns
 * sort after what is known. Stores add the ingest time as the last key.
 */
export const LATEST_FIRST_KEYS: readonly (keyof DatedAssessment)[] = [
  'year',
  'periodEnd',
  'completedOn',
];

/** Sort comparator for the rule: negative when `a` is the newer. */
export function compareLatestFirst(a: DatedAssessment, b: DatedAssessment): number {
  for (const key of LATEST_FIRST_KEYS) {
    const left = a[key];
    const right = b[key];
    if (left === right) {
      continue;
    }
    if (left === null) {
      return 1;
    }
    if (right === null) {
      return -1;
    }
    return left > right ? -1 : 1;
  }
  return 0;
}
