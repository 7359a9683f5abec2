import type { CountedMeasure } from '@ingest/outcomes/event-measures';
import type { OutcomeEvent } from '@ingest/outcomes/outcome-event';
import type { TsmRecord } from '@ingest/outcomes/tsm-reader';
import type { OutcomeEventEntity } from './entities/outcome-event.entity';
import type { OutcomeSource } from './entities/outcome-import.entity';
import type { OutcomeMeasureEntity } from './entities/outcome-measure.entity';
import type { LandlordMatcher } from './landlord-matcher';

export type MeasureRow = Omit<OutcomeMeasureEntity, 'id' | 'import' | 'landlord'>;
export type EventRow = Omit<OutcomeEventEntity, 'id' | 'import' | 'landlord'>;

/** TSM records as rows of outcome_measure, each matched to a landlord where one fits. */
export function tsmRows(
  records: readonly TsmRecord[],
  importId: string,
  matcher: LandlordMatcher,
): MeasureRow[] {
  return records.map((r) => ({
    importId,
    source: 'tsm',
    year: r.year,
    landlordId: matcher.match(r.landlordName, r.landlordCode),
    landlordName: r.landlordName,
    landlordCode: r.landlordCode,
    landlordType: r.landlordType,
    sizeBand: r.sizeBand,
    tenure: r.tenure,
    measure: r.measure,
    value: r.value,
    marker: r.marker,
    numerator: r.numerator,
    denominator: r.denominator,
    sheet: r.sheet,
    row: r.row,
  }));
}

/** Findings or orders as rows of outcome_event. */
export function eventRows(
  events: readonly OutcomeEvent[],
  source: OutcomeSource,
  importId: string,
  matcher: LandlordMatcher,
): EventRow[] {
  return events.map((e) => ({
    ...e,
    source,
    importId,
    landlordId: matcher.match(e.landlordName, null),
  }));
}

/** Yearly counts (findings, maladministration rate, orders) as rows of outcome_measure. */
export function countedRows(
  measures: readonly CountedMeasure[],
  source: OutcomeSource,
  importId: string,
  sheet: string,
  matcher: LandlordMatcher,
): MeasureRow[] {
  return measures.map((m) => ({
    importId,
    source,
    year: m.year,
    landlordId: matcher.match(m.landlordName, null),
    landlordName: m.landlordName,
    landlordCode: null,
    landlordType: null,
    sizeBand: null,
    tenure: 'combined',
    measure: m.measure,
    value: m.value,
    marker: null,
    numerator: m.numerator,
    denominator: m.denominator,
    sheet,
    row: null,
  }));
}
