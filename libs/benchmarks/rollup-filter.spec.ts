import { rollupLevel } from './rollup-filter';

describe(rollupLevel.name, () => {
  it('should read the whole-sector rows when the filter names no landlord dimension', () => {
    expect(rollupLevel({})).toBe('sector');
    expect(rollupLevel({ years: [2024], editions: ['2022'], kinds: [] })).toBe('sector');
  });

  it('should read the one-dimension rows when the filter names one dimension', () => {
    expect(rollupLevel({ kinds: ['local_authority'] })).toBe('kind');
    expect(rollupLevel({ regions: ['London'], years: [2023] })).toBe('region');
    expect(rollupLevel({ sizeBands: ['large', 'small'], regions: null })).toBe('sizeBand');
  });

  it('should read the rows that keep all three when the filter names two or more', () => {
    expect(rollupLevel({ kinds: ['local_authority'], sizeBands: ['large'] })).toBe('group');
    expect(
      rollupLevel({ kinds: ['housing_association'], regions: ['London'], sizeBands: ['small'] }),
    ).toBe('group');
  });
});
