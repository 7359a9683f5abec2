import { latestFirstSql } from '../assessments/latest-first';
import { sizeBandSql, type SizeBand } from '../landlords/size-band';
import type { LandlordKind } from '../landlords/entities/landlord.entity';

/** Which part of the sector a question is about; every field optional, empty means all. */
export interface SectorFilter {
  kinds?: readonly LandlordKind[] | null;
  regions?: readonly string[] | null;
  sizeBands?: readonly SizeBand[] | null;
  editions?: readonly string[] | null;
  years?: readonly number[] | null;
  landlordIds?: readonly string[] | null;
}

/** Positional parameters for one SQL statement. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** Whether a filter list names anything (an empty or missing list filters nothing). */
export const present = <T>(list: readonly T[] | null | undefined): list is readonly T[] =>
  Array.isArray(list) && list.length > 0;

/** SQL conditions on `l` (landlord) for the filter's kinds, regions, size bands and ids. */
export function landlordConditions(filter: SectorFilter, params: SqlParams): string[] {
  const conditions: string[] = [];
  if (present(filter.kinds)) {
    conditions.push(`l."kind" = ANY(${params.add(filter.kinds)}::text[])`);
  }
  if (present(filter.regions)) {
    conditions.push(`l."region" = ANY(${params.add(filter.regions)}::text[])`);
  }
  if (present(filter.sizeBands)) {
    conditions.push(`${sizeBandSql('l."homes"')} = ANY(${params.add(filter.sizeBands)}::text[])`);
  }
  if (present(filter.landlordIds)) {
    conditions.push(`l."id" = ANY(${params.add(filter.landlordIds)}::uuid[])`);
  }
  return conditions;
}

/** SQL conditions on `a` (assessment) for the filter's editions and years. */
export function assessmentConditions(filter: SectorFilter, params: SqlParams): string[] {
  const conditions: string[] = [];
  if (present(filter.editions)) {
    conditions.push(`a."edition" = ANY(${params.add(filter.editions)}::text[])`);
  }
  if (present(filter.years)) {
    conditions.push(`a."year" = ANY(${params.add(filter.years)}::int[])`);
  }
  return conditions;
}

/** SQL conditions on `a` (assessment) and `l` (landlord) for a filter. */
export function sectorConditions(filter: SectorFilter, params: SqlParams): string[] {
  return [...landlordConditions(filter, params), ...assessmentConditions(filter, params)];
}

export interface CurrentOptions {
  /** One assessment per landlord and year (for changes over time), not one per landlord. */
  perYear?: boolean;
}

/**
 * The assessments a benchmark counts: not superseded by a corrected version, with at least
 * one response, matching the filter, and of those the latest per landlord (or per landlord
 * and year) by the one rule of `latestFirstSql`. An assessment not matched to a registered landlord stands for itself.
 * Columns: id, landlordId, year, edition, kind, region, sizeBand.
 */
export function currentAssessmentsSql(
  filter: SectorFilter,
  params: SqlParams,
  options: CurrentOptions = {},
): string {
  const conditions = [
    `a."supersededById" IS NULL`,
    `(a."indices"->>'responses')::int > 0`,
    ...sectorConditions(filter, params),
  ];
  const key = `coalesce(a."landlordId", a."id")${options.perYear ? ', a."year"' : ''}`;
  return `SELECT DISTINCT ON (${key}) a."id", a."landlordId", a."year", a."edition", l."kind", l."region", ${sizeBandSql('l."homes"')} AS "sizeBand"
    FROM "assessment" a LEFT JOIN "landlord" l ON l."id" = a."landlordId"
    WHERE ${conditions.join(' AND ')}
    ORDER BY ${key}, ${latestFirstSql('a')}`;
}
