import type { SectorPhrase } from '@ingest/nlp';
import type { DistributionBucketObject, EditionCoverageObject } from './dto/sector-summary.object';
import type { AssessmentGroupRow } from './sector.repository';

const BUCKETS = 10;

/** Landlords by their share of yes answers and their boilerplate rate, in tenths. */
export function landlordDistribution(
  groups: readonly AssessmentGroupRow[],
): DistributionBucketObject[] {
  const buckets = Array.from({ length: BUCKETS }, (_, i) => ({
    from: i / BUCKETS,
    to: (i + 1) / BUCKETS,
    compliance: 0,
    boilerplate: 0,
  }));
  for (const g of groups) {
    if (g.complianceTenth !== null) {
      buckets[g.complianceTenth]!.compliance += g.assessments;
    }
    if (g.boilerplateTenth !== null) {
      buckets[g.boilerplateTenth]!.boilerplate += g.assessments;
    }
  }
  return buckets;
}

export function editionCoverage(groups: readonly AssessmentGroupRow[]): EditionCoverageObject[] {
  const counts = new Map<string | null, number>();
  for (const g of groups) {
    counts.set(g.edition, (counts.get(g.edition) ?? 0) + g.assessments);
  }
  return [...counts]
    .map(([edition, assessments]) => ({
      edition: edition as EditionCoverageObject['edition'],
      assessments,
    }))
    .sort((a, b) => (b.edition ?? '').localeCompare(a.edition ?? ''));
}

/** Current assessments of the groups that pass `test`. */
export const assessmentsWhere = (
  groups: readonly AssessmentGroupRow[],
  test: (g: AssessmentGroupRow) => boolean = () => true,
) => groups.filter(test).reduce((n, g) => n + g.assessments, 0);

export function topPhrases(phrases: unknown[], count: number): SectorPhrase[] {
  return (phrases as SectorPhrase[])
    .filter((p) => typeof p.sentence === 'string')
    .sort((a, b) => b.landlords - a.landlords || b.responses - a.responses)
    .slice(0, count);
}
