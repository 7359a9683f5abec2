import type { MeasureValue } from './cell-value';
import { FINDING_OUTCOMES, UPHELD, type FindingOutcome } from './ombudsman-outcome';

/** A landlord-level row's cells as read: outcome counts by outcome, total and rate. */
export interface ReadFigures {
  counts: Map<FindingOutcome, MeasureValue>;
  total: MeasureValue | null;
  rate: MeasureValue | null;
}

/** What is stored from a landlord-level row, as for the findings counted from cases. */
export interface TableFigures {
  /** Findings (determinations) of every outcome, outside jurisdiction included. */
  findings: number | null;
  /** The maladministration rate (0–100) with the counts it is made of where given. */
  rate: {
    value: number | null;
    marker: string | null;
    numerator: number | null;
    denominator: number | null;
  } | null;
}

const sum = (values: (number | null)[]) =>
  values.some((v) => v === null) ? null : values.reduce<number>((a, v) => a + v!, 0);

/**
 * A row's figures on the same footing as those counted from case-level findings: the
 * number of findings (as given, else the sum of all six outcome counts), and the
 * maladministration rate (as published, else severe maladministration, maladministration
 * and service failure as a share of the findings on the merits), with those two counts
 * as numerator and denominator when the table gives them. In a row with any figure, a
 * blank count in a column the table has is 0; a marker ([X]) makes it unknown, as does a
 * column it lacks. A row with no figure at all (a note under the table) has none.
 */
export function tableFigures({ counts, total, rate }: ReadFigures): TableFigures {
  if (![...counts.values(), total, rate].some((c) => c && (c.value !== null || c.marker))) {
    return { findings: null, rate: null };
  }
  const count = (outcome: FindingOutcome) => {
    const cell = counts.get(outcome);
    return !cell || cell.marker ? null : (cell.value ?? 0);
  };
  const findings = total?.value ?? sum(FINDING_OUTCOMES.map(count));
  const upheld = sum(UPHELD.map(count));
  const outside = count('outside_jurisdiction');
  const merits =
    sum(FINDING_OUTCOMES.filter((o) => o !== 'outside_jurisdiction').map(count)) ??
    (findings !== null && outside !== null ? findings - outside : null);
  const counted = upheld !== null && merits ? Math.round((upheld / merits) * 1000) / 10 : null;
  const value = rate?.value ?? counted;
  const marker = rate?.marker ?? null;
  return {
    findings,
    rate:
      value === null && !marker
        ? null
        : { value, marker: value === null ? marker : null, numerator: upheld, denominator: merits },
  };
}
