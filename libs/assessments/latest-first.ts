import type { OrderByCondition } from 'typeorm';
import { LATEST_FIRST_KEYS } from '@ingest/core';

/**
 * The rule for which of a landlord's assessments is current and for the order of its
 * history (`compareLatestFirst`), then the latest ingest, then (for assessments stored
 * together) the greater id, so that the choice never depends on storage order. Unknowns sort
 * after what is known. The benchmark rollup triggers (migration BenchmarkRollups) apply the
 * same rule.
 */
const LATEST_FIRST: readonly (readonly [column: string, nullable: boolean])[] = [
  ...LATEST_FIRST_KEYS.map((key) => [key, true] as const),
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
