import { DataPackageError, dataPackageResource, dataPackageWith } from './datapackage';
import { DATASETS } from './datasets';

const responses = DATASETS.responses!;

describe(dataPackageResource.name, () => {
  it('should type every field from the dictionary, ids required, provisions as text', () => {
    const resource = dataPackageResource(responses, 'csv', 'responses.csv');
    const schema = resource.schema as {
      fields: { name: string; type: string; description: string; constraints?: object }[];
      primaryKey: string;
    };
    expect(schema.fields.map((f) => f.name)).toEqual(responses.columns.map((c) => c.name));
    const field = (name: string) => schema.fields.find((f) => f.name === name)!;
    expect(field('provision').type).toBe('string');
    expect(field('completed_on').type).toBe('date');
    expect(field('page').type).toBe('integer');
    expect(field('boilerplate').type).toBe('boolean');
    expect(field('response_id').constraints).toEqual({ required: true });
    expect(field('evidence').constraints).toBeUndefined();
    expect(schema.primaryKey).toBe('response_id');
    expect(resource).toMatchObject({
      path: 'responses.csv',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
    });
  });

  it('should say utf-8-sig for an Excel CSV and give no encoding for Parquet', () => {
    expect(dataPackageResource(responses, 'csv', 'r.csv', { excel: true }).encoding).toBe(
      'utf-8-sig',
    );
    expect(dataPackageResource(responses, 'parquet', 'r.parquet').encoding).toBeUndefined();
  });
});

describe(dataPackageWith.name, () => {
  const csv = dataPackageResource(responses, 'csv', 'responses.csv');
  const parquet = dataPackageResource(DATASETS.assessments!, 'parquet', 'a.parquet');

  it('should carry the licence and sources, and add resources beside those there', () => {
    const first = dataPackageWith(csv);
    expect(first).toMatchObject({
      profile: 'tabular-data-package',
      licenses: [{ name: 'OGL-UK-3.0' }],
    });
    const both = dataPackageWith(parquet, JSON.parse(JSON.stringify(first)));
    expect(both.resources.map((r) => r.path)).toEqual(['responses.csv', 'a.parquet']);
    const again = dataPackageWith(csv, both);
    expect(again.resources.map((r) => r.path)).toEqual(['a.parquet', 'responses.csv']);
  });

  it('should refuse to update a file that is not a data package', () => {
    expect(() => dataPackageWith(csv, { name: 'other' })).toThrow(DataPackageError);
    expect(() => dataPackageWith(csv, null)).toThrow('no "resources" list');
  });
});
