import type { LandlordEntity, LandlordKind } from './entities/landlord.entity';
import { MAX_HOMES, WEBSITE_URL_RULE, websiteHostOf, websiteUrl } from './website-url';

const KINDS: Record<string, LandlordKind> = {
  'housing association': 'housing_association',
  housing_association: 'housing_association',
  ha: 'housing_association',
  'private registered provider': 'housing_association',
  'local authority': 'local_authority',
  local_authority: 'local_authority',
  council: 'local_authority',
  la: 'local_authority',
  almo: 'almo',
  other: 'other',
};

export type RegistryValues = Pick<
  LandlordEntity,
  'name' | 'kind' | 'website' | 'websiteHost' | 'region' | 'homes' | 'aliases' | 'registrationIds'
>;

/** Why a row cannot be used, and the column (by its header) that says so. */
export interface RowProblem {
  column: string;
  reason: string;
}

const quoted = (value: string) =>
  JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);

function homesOf(cell: string): number | RowProblem | null {
  if (!cell) {
    return null;
  }
  const digits = cell.replace(/[, ]/g, '');
  if (!/^\d+$/.test(digits)) {
    return { column: 'homes', reason: `${quoted(cell)} is not a whole number of homes` };
  }
  const homes = Number(digits);
  return homes > MAX_HOMES
    ? {
        column: 'homes',
        reason: `${quoted(cell)} is more than ${MAX_HOMES.toLocaleString('en-GB')} homes`,
      }
    : homes;
}

/**
 * One registry row as it will be stored, or the first problem that stops it: checked as
 * strictly as the saveLandlord mutation, so nothing reaches the database that the API
 * would refuse (a `javascript:` website, 1.5 homes, a NUL character).
 */
export function registryRow(row: Record<string, string>): RegistryValues | RowProblem {
  for (const [column, cell] of Object.entries(row)) {
    if (cell.includes('\u0000')) {
      return { column, reason: 'contains a NUL character' };
    }
  }
  const name = row.name?.trim() ?? '';
  if (name.length < 2 || name.length > 200) {
    return {
      column: 'name',
      reason: name ? `${quoted(name)} is not 2 to 200 characters` : 'no name',
    };
  }
  const homes = homesOf(row.homes ?? '');
  if (homes !== null && typeof homes === 'object') {
    return homes;
  }
  const kind = row.kind ? KINDS[row.kind.toLowerCase()] : 'other';
  if (!kind) {
    return {
      column: 'kind',
      reason: `${quoted(row.kind!)} is not housing association, local authority, ALMO or other`,
    };
  }
  const website = row.website ? websiteUrl(row.website) : null;
  if (row.website && !website) {
    return { column: 'website', reason: `${quoted(row.website)} ${WEBSITE_URL_RULE}` };
  }
  if ((row.region ?? '').length > 100) {
    return { column: 'region', reason: 'is longer than 100 characters' };
  }
  return {
    name,
    kind,
    website,
    websiteHost: website ? websiteHostOf(website) : null,
    region: row.region || null,
    homes,
    aliases: (row.aliases ?? '')
      .split(';')
      .map((a) => a.trim())
      .filter(Boolean),
    registrationIds: Object.fromEntries(
      Object.entries(row).filter(([k, v]) => k.endsWith('_id') && v),
    ),
  };
}
