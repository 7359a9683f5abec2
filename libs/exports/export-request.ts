import { SIZE_BANDS, type SizeBand } from '../landlords/size-band';
import { LANDLORD_KINDS } from '../landlords/entities/landlord.entity';
import type { ExportFilter } from './dataset';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class ExportRequestError extends Error {}

function list(value: string | undefined): string[] | null {
  const items = (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  return items.length > 0 ? items : null;
}

function checked<T extends string>(
  name: string,
  values: string[] | null,
  allowed: readonly T[],
): T[] | null {
  const wrong = values?.filter((v) => !allowed.includes(v as T)) ?? [];
  if (wrong.length > 0) {
    throw new ExportRequestError(`${name}: "${wrong[0]}" is not one of ${allowed.join(', ')}`);
  }
  return values as T[] | null;
}

/**
 * The filter of an export, from query parameters or CLI options (comma-separated lists):
 * kinds, regions, sizeBands, editions, years, landlordIds, and scope (current or all).
 */
export function parseExportFilter(query: Record<string, string | undefined>): ExportFilter {
  const years = list(query.years)?.map((y) => {
    if (!/^\d{4}$/.test(y)) {
      throw new ExportRequestError(`years: "${y}" is not a year`);
    }
    return Number(y);
  });
  const landlordIds = list(query.landlordIds);
  const badId = landlordIds?.find((id) => !UUID.test(id));
  if (badId) {
    throw new ExportRequestError(`landlordIds: "${badId}" is not a landlord id`);
  }
  const scope = query.scope ?? 'current';
  if (scope !== 'current' && scope !== 'all') {
    throw new ExportRequestError(`scope: "${scope}" is not current or all`);
  }
  return {
    scope,
    kinds: checked('kinds', list(query.kinds), LANDLORD_KINDS),
    regions: list(query.regions),
    sizeBands: checked<SizeBand>(
      'sizeBands',
      list(query.sizeBands),
      SIZE_BANDS.map((b) => b.band),
    ),
    editions: checked('editions', list(query.editions), ['2024', '2022', '2020']),
    years: years ?? null,
    landlordIds,
  };
}
