import type { RollupLevel } from './entities/benchmark-answer-count.entity';
import type { SqlParams, SectorFilter } from './sector-filter';

const present = <T>(list: readonly T[] | null | undefined): list is readonly T[] =>
  Array.isArray(list) && list.length > 0;

/** Whether the rollups can answer for a filter: they keep no landlord ids. */
export const rollupsAnswer = (filter: SectorFilter) => !present(filter.landlordIds);

/**
 * The rollup level that keeps what the filter names and no more: the whole sector, one
 * landlord dimension, or all three (the finest, read only for two or more).
 */
export function rollupLevel(filter: SectorFilter): RollupLevel {
  const named = (['kinds', 'regions', 'sizeBands'] as const).filter((d) => present(filter[d]));
  if (named.length === 0) {
    return 'sector';
  }
  if (named.length > 1) {
    return 'group';
  }
  return ({ kinds: 'kind', regions: 'region', sizeBands: 'sizeBand' } as const)[named[0]!];
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
  if (present(filter.kinds)) {
    conditions.push(`${column('kind')} = ANY(${params.add(filter.kinds)}::text[])`);
  }
  if (present(filter.regions)) {
    conditions.push(`${column('region')} = ANY(${params.add(filter.regions)}::text[])`);
  }
  if (present(filter.sizeBands)) {
    conditions.push(`${column('sizeBand')} = ANY(${params.add(filter.sizeBands)}::text[])`);
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
