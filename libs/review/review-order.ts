/** What an item of the review queue is about. */
export enum ReviewKind {
  LOW_CONFIDENCE = 'low_confidence',
  CONTRADICTION = 'contradiction',
  CLAIMS_VS_OUTCOMES = 'claims_vs_outcomes',
  THIN_RECORD_FLAG = 'thin_record_flag',
  UNMATCHED_NAME = 'unmatched_name',
}

/** A flag on a landlord with at most this many assessment periods stored sits in the queue. */
export const FEW_ASSESSMENTS = 1;

/**
 * The queue's order, as data: kinds in the order they matter, each with how its items are
 * weighed against each other (a SQL expression over the branch's columns, 0–1, higher
 * first). A wrong extraction spoils every figure of a document, so it comes first; then an
 * answer its own words deny; then a claim the published outcomes doubt; then a flag nothing
 * else can confirm; then a name that keeps outcome figures from a landlord.
 */
export const REVIEW_ORDER: readonly { kind: ReviewKind; weight: string; within: string }[] = [
  {
    kind: ReviewKind.LOW_CONFIDENCE,
    weight: `1 - coalesce(a."confidenceScore", 0)`,
    within: 'least sure extraction first',
  },
  {
    kind: ReviewKind.CONTRADICTION,
    weight: `CASE WHEN r."compliance" = 'yes' THEN 1 ELSE 0.5 END`,
    within: 'a Yes whose words admit a gap before a No whose words claim compliance',
  },
  {
    kind: ReviewKind.CLAIMS_VS_OUTCOMES,
    weight: `coalesce(abs(o."value" - o."peerMedian") / nullif(abs(o."peerMedian"), 0), 0.5)`,
    within: 'furthest from the sector median first (relative distance)',
  },
  {
    kind: ReviewKind.THIN_RECORD_FLAG,
    weight: `r."boilerplateScore"`,
    within: 'the strongest flag first',
  },
  {
    kind: ReviewKind.UNMATCHED_NAME,
    weight: `u."rows"::double precision / (u."rows" + 10)`,
    within: 'the name with most outcome rows first',
  },
];

/**
 * An item's priority in SQL, higher first: the whole part is its kind's place counted from
 * the end of REVIEW_ORDER (low confidence 5 … unmatched names 1), the fraction its weight
 * within the kind (× 0.99, the weight clamped to 0–1), so no item outranks a more important
 * kind.
 */
export function reviewPrioritySql(kind: ReviewKind): string {
  const place = REVIEW_ORDER.findIndex((o) => o.kind === kind);
  const weight = REVIEW_ORDER[place]!.weight;
  return `(${REVIEW_ORDER.length - place} + 0.99 * least(1, greatest(0, (${weight})::double precision)))`;
}
