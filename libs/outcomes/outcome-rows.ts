import {
  FINDINGS,
  MALADMINISTRATION_RATE,
  type CountedMeasure,
} from '@ingest/outcomes/event-measures';
import type { LandlordTableRow } from '@ingest/outcomes/landlord-table-reader';
import type { OutcomeEvent } from '@ingest/outcomes/outcome-event';
import type { TsmRecord } from '@ingest/outcomes/tsm-reader';
import type { OutcomeEventEntity } from './entities/outcome-event.entity';
import type { OutcomeSource } from './outcome-source';
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
export function countedRow(
  m: CountedMeasure,
  source: OutcomeSource,
  importId: string,
  sheet: string,
  landlordId: string | null,
): MeasureRow {
  return {
    importId,
    source,
    year: m.year,
    landlordId,
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
  };
}

/** The Ombudsman's landlord-level rows as the same measures counted from cases, each with its row. */
export function landlordTableRows(
  rows: readonly LandlordTableRow[],
  importId: string,
  matcher: LandlordMatcher,
): MeasureRow[] {
  return rows.flatMap((r) => {
    const base = {
      importId,
      source: 'ombudsman' as const,
      year: r.year,
      landlordId: matcher.match(r.landlordName, null),
      landlordName: r.landlordName,
      landlordCode: null,
      landlordType: r.landlordType,
      sizeBand: null,
      tenure: 'combined',
      sheet: r.sheet,
      row: r.row,
    };
    const none = { marker: null, numerator: null, denominator: null };
    return [
      ...(r.findings === null ? [] : [{ ...base, measure: FINDINGS, value: r.findings, ...none }]),
      ...(r.rate === null ? [] : [{ ...base, measure: MALADMINISTRATION_RATE, ...r.rate }]),
    ];
  });
}
