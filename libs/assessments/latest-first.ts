import type { OrderByCondition } from 'typeorm';

/**
 * The one rule for which of a landlord's assessments is current and for the order of its
 * history: the latest period (its assessment year, then the period's last day), then the
 * latest completion date, then the latest ingest, then (for assessments stored together) the
 * greater id, so that the choice never depends on storage order. Unknowns sort after what
 * is known. The benchmark rollup triggers (migration BenchmarkRollups) apply the same rule.
 */
const LATEST_FIRST: readonly (readonly [column: string, nullable: boolean])[] = [
  ['year', true],
  ['periodEnd', true],
  ['completedOn', true],
  ['createdAt', false],
  ['id', false],
];

/** The rule as an SQL ORDER BY list over the assessment table aliased `alias`. */
export function latestFirstSql(alias: string): string {
  return LATEST_FIRST.map(
    ([column, nullable]) => `${alias}."${column}" DESC${nullable ? ' NULLS LAST' : ''}`,
  ).join(', ');
}

/** The rule for a TypeORM query builder over the assessment entity aliased `alias`. */
export function latestFirstOrder(alias: string): OrderByCondition {
  return Object.fromEntries(
    LATEST_FIRST.map(([column, nullable]) => [
      `${alias}.${column}`,
      nullable ? { order: 'DESC', nulls: 'NULLS LAST' } : 'DESC',
    ]),
  );
}
