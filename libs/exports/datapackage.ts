import type { ColumnType, Dataset } from './dataset';
import { ATTRIBUTION, DATA_LICENCE, DATA_SOURCES, EXPORT_VERSION } from './export-licence';
import { EXPORT_FORMATS, type ExportFormat, type ExportOptions } from './export-formats';

/** Frictionless Table Schema types for the dictionary's own. */
const FIELD_TYPES: Record<ColumnType, string> = {
  string: 'string',
  integer: 'integer',
  number: 'number',
  boolean: 'boolean',
  date: 'date',
  timestamp: 'datetime',
};

export interface DataPackageResource {
  name: string;
  path: string;
  [property: string]: unknown;
}

export interface DataPackage {
  resources: DataPackageResource[];
  [property: string]: unknown;
}

export class DataPackageError extends Error {}

/**
 * The Frictionless Data Resource describing one export file: its format and encoding, and a
 * Table Schema typed from the data dictionary, so readers keep provision ids such as "5.10"
 * as text and read dates as dates instead of guessing from the values.
 */
export function dataPackageResource(
  dataset: Dataset,
  format: ExportFormat,
  fileName: string,
  options: ExportOptions = {},
): DataPackageResource {
  const primaryKey = dataset.columns.find((c) => c.required)?.name;
  const text = format !== 'parquet';
  return {
    // Names are lower-case letters, digits and - . _; the file name keeps them apart.
    name: fileName.toLowerCase().replace(/[^a-z0-9._-]+/g, '-'),
    path: fileName,
    profile: 'tabular-data-resource',
    title: dataset.name,
    description: `${dataset.description} One row is ${dataset.grain}.${
      format === 'csv'
        ? ' Text cells that begin with = + - @, a tab or a carriage return have a single quote put before them, so spreadsheets show them instead of running them.'
        : ''
    }`,
    format,
    mediatype: EXPORT_FORMATS[format].mediaType.split(';')[0],
    ...(text ? { encoding: options.excel ? 'utf-8-sig' : 'utf-8' } : {}),
    ...(format === 'csv' ? { dialect: { delimiter: ',', header: true, doubleQuote: true } } : {}),
    licenses: [DATA_LICENCE],
    schema: {
      fields: dataset.columns.map((c) => ({
        name: c.name,
        type: FIELD_TYPES[c.type],
        description: c.description,
        ...(c.type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
        ...(c.required ? { constraints: { required: true } } : {}),
      })),
      missingValues: [''],
      ...(primaryKey ? { primaryKey } : {}),
    },
  };
}

/**
 * The Data Package descriptor with the resource in it: added to `existing` (a
 * datapackage.json already beside other exports) in place of one with the same path.
 */
export function dataPackageWith(resource: DataPackageResource, existing?: unknown): DataPackage {
  let resources: DataPackageResource[] = [];
  if (existing !== undefined) {
    const found = (existing as Partial<DataPackage> | null)?.resources;
    if (!Array.isArray(found)) {
      throw new DataPackageError('it is not a data package (it has no "resources" list)');
    }
    resources = found.filter((r) => r.path !== resource.path);
  }
  return {
    profile: 'tabular-data-package',
    name: 'chc-bench-exports',
    title: 'Complaint Handling Code self-assessments of English social landlords',
    description: ATTRIBUTION,
    version: EXPORT_VERSION,
    created: new Date().toISOString(),
    licenses: [DATA_LICENCE],
    sources: DATA_SOURCES,
    resources: [...resources, resource],
  };
}
