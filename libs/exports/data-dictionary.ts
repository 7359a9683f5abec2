import type { Dataset } from './dataset';
import { DATASETS } from './datasets';
import { EXPORT_FORMATS } from './export-formats';
import { ATTRIBUTION, DATA_LICENCE, DATA_SOURCES } from './export-licence';

/** One dataset and its columns as the dictionary publishes them. */
export function describeDataset(d: Dataset) {
  return {
    name: d.name,
    description: d.description,
    grain: d.grain,
    columns: d.columns.map(({ name, type, description, required }) => ({
      name,
      type,
      description,
      required: required === true,
    })),
  };
}

/** The published description of every dataset and column, as data. */
export function dataDictionary() {
  return {
    formats: Object.keys(EXPORT_FORMATS),
    licence: DATA_LICENCE,
    attribution: ATTRIBUTION,
    sources: DATA_SOURCES,
    filters: {
      kinds: 'housing_association, local_authority, almo, other (comma-separated)',
      regions: 'region names (comma-separated)',
      sizeBands: 'small, medium, large, very_large',
      editions: '2024, 2022, 2020',
      years: 'years the assessments were completed',
      landlordIds: 'landlord ids',
      scope: 'current (default: each landlord’s current assessment) or all (every version)',
    },
    datasets: Object.values(DATASETS).map(describeDataset),
  };
}

/** The same, as Markdown for docs/data-dictionary.md. */
export function dataDictionaryMarkdown(): string {
  const dictionary = dataDictionary();
  const lines = [
    '# chc-bench data dictionary',
    '',
    `Formats: ${dictionary.formats.join(', ')}. Dates and times are ISO 8601 text in CSV and JSON Lines (times in UTC) and DATE / TIMESTAMP (UTC, milliseconds) in Parquet; lists inside a cell are separated by "; ".`,
    '',
    'None is null, everywhere: a value the document does not give (no evidence, no commentary, no reasons) is null in JSON Lines and Parquet and an empty cell in CSV, never an empty string. Columns marked required (the ids) are never null; Parquet declares them REQUIRED.',
    '',
    'CSV is made safe to open in a spreadsheet: a text cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return has a single quote put before it (as OWASP recommends against formula injection); numeric columns are never changed, so negative numbers stay numbers. JSON Lines and Parquet keep the text as it is. `?excel=true` (`chc export --excel`) starts the CSV with a UTF-8 byte order mark for Excel.',
    '',
    'Each export has a Frictionless `datapackage.json` typed from this dictionary (provision ids stay text, so "5.10" is not read as 5.1): `chc export --out FILE` writes or updates `datapackage.json` in the same folder, and the API serves it at `/api/exports/<dataset>.<format>.datapackage.json` with the same parameters (the download links to it with `Link: rel="describedby"`). Parquet files carry this dictionary, the licence, the source and the version in their key-value metadata.',
    '',
    `Licence: ${dictionary.licence.title} (${dictionary.licence.name}, ${dictionary.licence.path}). ${dictionary.attribution}`,
    '',
    `Sources: ${dictionary.sources.map((s) => s.title).join('; ')}.`,
    '',
    'Filters: query parameters of `/api/exports/<dataset>.<format>`, or the same in kebab-case as options of `chc export` (`--size-bands`, `--landlord-ids`):',
    '',
    ...Object.entries(dictionary.filters).map(([name, text]) => `- \`${name}\`: ${text}`),
  ];
  for (const dataset of dictionary.datasets) {
    lines.push(
      '',
      `## ${dataset.name}`,
      '',
      `${dataset.description} One row is ${dataset.grain}.`,
      '',
      '| column | type | description |',
      '| --- | --- | --- |',
      ...dataset.columns.map(
        (c) => `| \`${c.name}\` | ${c.type}${c.required ? ', required' : ''} | ${c.description} |`,
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}
