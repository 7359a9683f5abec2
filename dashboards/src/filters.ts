/** The sector filter, read from and written to the URL so a filtered view can be shared. */
export interface SectorFilter {
  kinds?: string[];
  regions?: string[];
  sizeBands?: string[];
  editions?: string[];
  years?: number[];
}

export const FILTER_KEYS = ['year', 'edition', 'kind', 'region', 'size'] as const;

export function filterFrom(params: URLSearchParams): SectorFilter {
  const filter: SectorFilter = {};
  const year = params.get('year');
  if (year && /^\d{4}$/.test(year)) {
    filter.years = [Number(year)];
  }
  const one = (key: string) => params.get(key) || null;
  if (one('edition')) {
    // Links made before editions were enums say "2024".
    filter.editions = [one('edition')!.replace(/^(\d{4})$/, 'CODE_$1')];
  }
  if (one('kind')) {
    filter.kinds = [one('kind')!];
  }
  if (one('region')) {
    filter.regions = [one('region')!];
  }
  if (one('size')) {
    filter.sizeBands = [one('size')!];
  }
  return filter;
}

/** Only the filter's parameters, to carry from one view to the next. */
export function filterParams(params: URLSearchParams): Record<string, string> {
  return Object.fromEntries(
    FILTER_KEYS.filter((k) => params.get(k)).map((k) => [k, params.get(k)!]),
  );
}

export const KIND_LABELS: Record<string, string> = {
  HOUSING_ASSOCIATION: 'Housing association',
  LOCAL_AUTHORITY: 'Local authority',
  ALMO: 'ALMO',
  OTHER: 'Other',
};

export const SIZE_LABELS: Record<string, string> = {
  SMALL: 'Fewer than 1,000 homes',
  MEDIUM: '1,000–9,999 homes',
  LARGE: '10,000–29,999 homes',
  VERY_LARGE: '30,000 homes or more',
};
