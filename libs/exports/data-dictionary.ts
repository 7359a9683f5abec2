import { DATASETS } from './datasets';
import { EXPORT_FORMATS } from './export-formats';

/** The published description of every dataset and column, as data. */
export function dataDictionary() {
  return {
    formats: Object.keys(EXPORT_FORMATS),
    filters: {
      kinds: 'housing_association, local_authority, almo, other (comma-separated)',
      regions: 'region names (comma-separated)',
      sizeBands: 'small, medium, large, very_large',
      editions: '2024, 2022, 2020',
      years: 'years the assessments were completed',
      landlordIds: 'landlord ids',
      scope: 'current (default: each landlord’s current assessment) or all (every version)',
    },
    datasets: Object.values(DATASETS).map((d) => ({
      name: d.name,
      description: d.description,
      grain: d.grain,
      columns: d.columns.map(({ name, type, description }) => ({ name, type, description })),
    })),
  };
}

/** The same, as Markdown for docs/data-dictionary.md. */
export function dataDictionaryMarkdown(): string {
  const dictionary = dataDictionary();
  const lines = [
    '# chc-bench data dictionary',
    '',
    `Formats: ${dictionary.formats.join(', ')}. Dates and times are ISO 8601 text (times in UTC); lists inside a cell are separated by "; ". Empty cells are nulls.`,
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
      ...dataset.columns.map((c) => `| \`${c.name}\` | ${c.type} | ${c.description} |`),
    );
  }
  return `${lines.join('\n')}\n`;
}
