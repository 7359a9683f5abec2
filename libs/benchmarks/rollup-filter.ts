import {
  ROLLUP_DIMENSIONS,
  ROLLUP_LEVELS,
  type RollupLevel,
} from './entities/benchmark-answer-count.entity';
import { present, type SqlParams, type SectorFilter } from './sector-filter';

/** The filter's list for each landlord dimension of the rollups. */
const FILTER_LISTS = { kind: 'kinds', region: 'regions', sizeBand: 'sizeBands' } as const;

/** Whether the rollups can answer for a filter: they keep no landlord ids. */
export const rollupsAnswer = (filter: SectorFilter) => !present(filter.landlordIds);

/** The rollup level that keeps the landlord dimensions the filter names, and no more. */
export function rollupLevel(filter: SectorFilter): RollupLevel {
  const named = ROLLUP_DIMENSIONS.filter((d) => present(filter[FILTER_LISTS[d]]));
  const levels = Object.keys(ROLLUP_LEVELS) as RollupLevel[];
  return levels.find((level) => ROLLUP_LEVELS[level].join() === named.join())!;
}

/**
 * SQL conditions on rollup rows aliased `alias` for a filter: the rows of its level (the
 * dimensions the level does not keep named as NULL, so an index on the level and all three
 * bounds the read to the group) and rollupConditions.
 */
export function rollupRowConditions(
  filter: SectorFilter,
  params: SqlParams,
  alias: string,
): string[] {
  const level = rollupLevel(filter);
  const kept: readonly string[] = ROLLUP_LEVELS[level];
  return [
    `${alias}."level" = ${params.add(level)}`,
    ...ROLLUP_DIMENSIONS.filter((d) => !kept.includes(d)).map((d) => `${alias}."${d}" IS NULL`),
    ...rollupConditions(filter, params, alias),
  ];
}

/**
 * SQL conditions on rollup rows or slots aliased `alias` for a filter: the group is in the
 * filter, and no slot of the same landlord that comes before it by the latest-first rule is
 * (that one would be the landlord's current assessment instead). Landlord ids are kept on
 * slots only.
 */
export function rollupConditions(filter: SectorFilter, params: SqlParams, alias: string): string[] {
  const conditions: string[] = [];
  const column = (name: string) => `${alias}."${name}"`;
  for (const dimension of ROLLUP_DIMENSIONS) {
    const list = filter[FILTER_LISTS[dimension]];
    if (present(list)) {
      conditions.push(`${column(dimension)} = ANY(${params.add(list)}::text[])`);
    }
  }
  if (present(filter.landlordIds)) {
    conditions.push(`${column('landlordId')} = ANY(${params.add(filter.landlordIds)}::uuid[])`);
  }
  const above: string[] = [];
  if (present(filter.years)) {
    const years = params.add(filter.years);
    conditions.push(`${column('year')} = ANY(${years}::int[])`);
    above.push(`split_part(t, '/', 1) = ANY(${years}::text[])`);
  }
  if (present(filter.editions)) {
    const editions = params.add(filter.editions);
    conditions.push(`${column('edition')} = ANY(${editions}::text[])`);
    above.push(`split_part(t, '/', 2) = ANY(${editions}::text[])`);
  }
  conditions.push(
    above.length === 0
      ? `${column('above')} = '{}'`
      : `NOT EXISTS (SELECT 1 FROM unnest(${column('above')}) t WHERE ${above.join(' AND ')})`,
  );
  return conditions;
}
