import type { SectorPhrase } from '@ingest/nlp';
import type { DistributionBucketObject, EditionCoverageObject } from './dto/sector-summary.object';
import type { AssessmentTotalsRow } from './sector.repository';

const BUCKETS = 10;

/** Landlords by their share of yes answers and their boilerplate rate, in tenths. */
export function landlordDistribution(
  totals: readonly AssessmentTotalsRow[],
): DistributionBucketObject[] {
  const buckets = Array.from({ length: BUCKETS }, (_, i) => ({
    from: i / BUCKETS,
    to: (i + 1) / BUCKETS,
    compliance: 0,
    boilerplate: 0,
  }));
  const bucketOf = (rate: number) => buckets[Math.min(BUCKETS - 1, Math.floor(rate * BUCKETS))]!;
  for (const t of totals) {
    if (t.stated > 0) {
      bucketOf(t.yes / t.stated).compliance++;
    }
    if (t.judged > 0) {
      bucketOf(t.boilerplate / t.judged).boilerplate++;
    }
  }
  return buckets;
}

export function editionCoverage(totals: readonly AssessmentTotalsRow[]): EditionCoverageObject[] {
  const counts = new Map<string | null, number>();
  for (const t of totals) {
    counts.set(t.edition, (counts.get(t.edition) ?? 0) + 1);
  }
  return [...counts]
    .map(([edition, assessments]) => ({
      edition: edition as EditionCoverageObject['edition'],
      assessments,
    }))
    .sort((a, b) => (b.edition ?? '').localeCompare(a.edition ?? ''));
}

/** Fully compliant: some provision answered, and none answered no or partial. */
export const isFullyCompliant = (t: AssessmentTotalsRow) => t.stated > 0 && t.gaps === 0;

export function topPhrases(phrases: unknown[], count: number): SectorPhrase[] {
  return (phrases as SectorPhrase[])
    .filter((p) => typeof p.sentence === 'string')
    .sort((a, b) => b.landlords - a.landlords || b.responses - a.responses)
    .slice(0, count);
}
