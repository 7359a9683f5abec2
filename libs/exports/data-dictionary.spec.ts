import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dataDictionary, dataDictionaryMarkdown } from './data-dictionary';
import { DATASETS } from './datasets';

describe('data dictionary', () => {
  it('should describe every column of every dataset, with a type and a description', () => {
    const dictionary = dataDictionary();
    expect(dictionary.datasets.map((d) => d.name)).toEqual(Object.keys(DATASETS));
    for (const dataset of dictionary.datasets) {
      expect(dataset.columns.length).toBe(DATASETS[dataset.name]!.columns.length);
      for (const column of dataset.columns) {
        expect(column.name).toMatch(/^[a-z][a-z0-9_]*$/);
        expect(column.description.length).toBeGreaterThan(5);
      }
      expect(new Set(dataset.columns.map((c) => c.name)).size).toBe(dataset.columns.length);
    }
  });

  it('should match the published docs/data-dictionary.md (regenerate with chc export --dictionary)', () => {
    const published = readFileSync(
      path.resolve(__dirname, '../../docs/data-dictionary.md'),
      'utf8',
    );
    expect(published).toBe(dataDictionaryMarkdown());
  });
});
