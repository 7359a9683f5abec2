import { financialYearLabel } from '@ingest/outcomes/financial-year';
import { FINDINGS, ORDERS } from '@ingest/outcomes/event-measures';
import type { OutcomeFlagEntity } from '../entities/outcome-flag.entity';
import type { StoredMeasure } from '../outcome-measures.repository';
import type { ClaimsFlagObject } from './claims-flag.object';
import type { OutcomeSourceValue, TenureValue } from './outcome-enums';
import type { OutcomeMeasureObject } from './outcome-measure.object';

const COUNTS = new Set([FINDINGS, ORDERS]);

export function toOutcomeMeasureObject(m: StoredMeasure): OutcomeMeasureObject {
  return {
    source: m.source as OutcomeSourceValue,
    measure: m.measure,
    year: m.year,
    period: financialYearLabel(m.year),
    tenure: m.tenure as TenureValue,
    value: m.value,
    marker: m.marker,
    numerator: m.numerator,
    denominator: m.denominator,
    // Counts only as rates, so large landlords do not top a table for being large.
    perThousandHomes:
      COUNTS.has(m.measure) && m.value !== null && m.homes
        ? Math.round((m.value / m.homes) * 1000 * 1000) / 1000
        : null,
    landlordType: m.landlordType,
    provenance: { fileName: m.fileName, sha256: m.sha256, sheet: m.sheet, row: m.row },
  };
}

export function toClaimsFlagObject(f: OutcomeFlagEntity): Omit<ClaimsFlagObject, 'landlord'> {
  return {
    landlordId: f.landlordId,
    provision: f.provision,
    measure: f.measure,
    tenure: f.tenure as TenureValue,
    year: f.year,
    value: f.value,
    peerMedian: f.peerMedian,
    peerCount: f.peerCount,
    rule: f.rule,
    ruleId: f.ruleId,
    rulesVersion: f.rulesVersion,
    text: f.text,
  };
}
