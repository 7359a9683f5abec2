import { SIZE_BANDS, type SizeBand } from '../landlords/size-band';
import { LANDLORD_KINDS } from '../landlords/entities/landlord.entity';
import type { ExportFilter } from './dataset';
import type { ExportFormat, ExportOptions } from './export-formats';

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

/** The parameters an export takes; anything else is a mistake, never silently ignored. */
export const EXPORT_PARAMETERS = [
  'kinds',
  'regions',
  'sizeBands',
  'editions',
  'years',
  'landlordIds',
  'scope',
] as const;

/** Parameters of the file rather than of the rows in it. */
export const FILE_PARAMETERS = ['excel'] as const;

type ExportParameters = Partial<
  Record<(typeof EXPORT_PARAMETERS)[number] | (typeof FILE_PARAMETERS)[number], string>
>;

/**
 * Refuses unknown parameters (`kind`, `years[]`) and repeated ones (`years=1&years=2`,
 * which a query parser gives as a list): either would otherwise be dropped and the whole
 * dataset exported as if unfiltered.
 */
function checkedParameters(query: Readonly<Record<string, unknown>>): ExportParameters {
  const names = Object.keys(query);
  const known: readonly string[] = [...EXPORT_PARAMETERS, ...FILE_PARAMETERS];
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length > 0) {
    throw new ExportRequestError(
      `unknown parameter${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => `"${n}"`).join(', ')}; the filters are ${EXPORT_PARAMETERS.join(', ')}, and CSV files take ${FILE_PARAMETERS.join(', ')}`,
    );
  }
  const repeated = names.filter((n) => query[n] !== undefined && typeof query[n] !== 'string');
  if (repeated.length > 0) {
    throw new ExportRequestError(
      `${repeated.join(', ')}: give each parameter once, with its values comma-separated`,
    );
  }
  return query;
}

/**
 * The filter of an export, from query parameters or CLI options (comma-separated lists):
 * kinds, regions, sizeBands, editions, years, landlordIds, and scope (current or all).
 */
export function parseExportFilter(parameters: Readonly<Record<string, unknown>>): ExportFilter {
  const query = checkedParameters(parameters);
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

/** The file's own options (`excel`: true, false, 1, 0, or given without a value for true). */
export function parseExportOptions(
  parameters: Readonly<Record<string, unknown>>,
  format: ExportFormat,
): ExportOptions {
  const { excel } = checkedParameters(parameters);
  if (excel === undefined) {
    return {};
  }
  if (!['', 'true', '1', 'false', '0'].includes(excel)) {
    throw new ExportRequestError(`excel: "${excel}" is not true or false`);
  }
  const wanted = ['', 'true', '1'].includes(excel);
  if (wanted && format !== 'csv') {
    throw new ExportRequestError('excel: only CSV files take the byte order mark Excel needs');
  }
  return { excel: wanted };
}
