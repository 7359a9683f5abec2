import { ExportRequestError, parseExportFilter, parseExportOptions } from './export-request';

describe('parseExportFilter', () => {
  it('should read comma-separated lists and default to current assessments', () => {
    expect(
      parseExportFilter({ kinds: 'almo, local_authority', years: '2024,2025', editions: '2022' }),
    ).toEqual({
      scope: 'current',
      kinds: ['almo', 'local_authority'],
      regions: null,
      sizeBands: null,
      editions: ['2022'],
      years: [2024, 2025],
      landlordIds: null,
    });
  });

  it('should name the parameter and value it cannot use', () => {
    expect(() => parseExportFilter({ kinds: 'charity' })).toThrow(
      new ExportRequestError(
        'kinds: "charity" is not one of housing_association, local_authority, almo, other',
      ),
    );
    expect(() => parseExportFilter({ years: '24' })).toThrow('years: "24" is not a year');
    expect(() => parseExportFilter({ scope: 'latest' })).toThrow('scope');
    expect(() => parseExportFilter({ landlordIds: 'abc' })).toThrow('landlordIds');
  });

  it('should refuse unknown and repeated parameters, naming them', () => {
    expect(() => parseExportFilter({ kind: 'almo', 'years[]': '2024' })).toThrow(
      'unknown parameters "kind", "years[]"; the filters are kinds, regions',
    );
    expect(() => parseExportFilter({ kinds: ['almo', 'other'] })).toThrow(
      'kinds: give each parameter once',
    );
    expect(parseExportFilter({ kinds: undefined, scope: 'all' }).scope).toBe('all');
  });
});

describe('parseExportOptions', () => {
  it('should read excel for CSV and refuse it for the typed formats', () => {
    expect(parseExportOptions({}, 'csv')).toEqual({});
    expect(parseExportOptions({ excel: 'true', kinds: 'almo' }, 'csv')).toEqual({ excel: true });
    expect(parseExportOptions({ excel: '' }, 'csv')).toEqual({ excel: true });
    expect(parseExportOptions({ excel: '0' }, 'parquet')).toEqual({ excel: false });
    expect(() => parseExportOptions({ excel: 'yes' }, 'csv')).toThrow('excel: "yes"');
    expect(() => parseExportOptions({ excel: 'true' }, 'jsonl')).toThrow('only CSV files');
    expect(parseExportFilter({ excel: 'true' }).scope).toBe('current');
  });
});
