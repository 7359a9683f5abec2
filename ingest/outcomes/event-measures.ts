import type { OutcomeEvent } from './outcome-event';
import { UPHELD } from './ombudsman-outcome';

/** A landlord's yearly figure counted from Ombudsman findings or orders. */
export interface CountedMeasure {
  year: number;
  landlordName: string;
  landlordNameKey: string;
  measure: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
}

export const MALADMINISTRATION_RATE = 'HOS maladministration rate';
export const FINDINGS = 'HOS findings';
export const ORDERS = 'CHFO';

/** What counting needs of a finding or order. */
export type CountedEvent = Pick<
  OutcomeEvent,
  'year' | 'landlordName' | 'landlordNameKey' | 'outcome'
>;

function byLandlordAndYear<E extends CountedEvent>(events: readonly E[]): Map<string, E[]> {
  const groups = new Map<string, E[]>();
  for (const event of events) {
    const key = `${event.year}|${event.landlordNameKey}`;
    groups.set(key, [...(groups.get(key) ?? []), event]);
  }
  return groups;
}

/**
 * Per landlord (by name key) and year: the number of findings, and the maladministration
 * rate — severe maladministration, maladministration and service failure as a share of
 * the findings made on the merits (all but outside jurisdiction) — from findings; the
 * number of orders from Complaint Handling Failure Orders.
 */
export function countedMeasures(events: readonly CountedEvent[]): CountedMeasure[] {
  const measures: CountedMeasure[] = [];
  for (const group of byLandlordAndYear(events).values()) {
    const { year, landlordName, landlordNameKey } = group[0]!;
    const base = { year, landlordName, landlordNameKey };
    if (group[0]!.outcome === null) {
      measures.push({
        ...base,
        measure: ORDERS,
        value: group.length,
        numerator: null,
        denominator: null,
      });
      continue;
    }
    const merits = group.filter((e) => e.outcome !== 'outside_jurisdiction').length;
    const upheld = group.filter((e) => UPHELD.includes(e.outcome!)).length;
    measures.push({
      ...base,
      measure: FINDINGS,
      value: group.length,
      numerator: null,
      denominator: null,
    });
    if (merits > 0) {
      measures.push({
        ...base,
        measure: MALADMINISTRATION_RATE,
        value: Math.round((upheld / merits) * 1000) / 10,
        numerator: upheld,
        denominator: merits,
      });
    }
  }
  return measures;
}
