import { rollupLevel, rollupRowConditions } from './rollup-filter';
import { SqlParams } from './sector-filter';

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

  it('should read the rows of the pair when the filter names two dimensions', () => {
    expect(rollupLevel({ kinds: ['local_authority'], sizeBands: ['large'] })).toBe('kindSizeBand');
    expect(rollupLevel({ regions: ['London'], kinds: ['almo'] })).toBe('kindRegion');
    expect(rollupLevel({ sizeBands: ['small'], regions: ['London', 'North West'] })).toBe(
      'regionSizeBand',
    );
  });

  it('should read the rows that keep all three when the filter names all three', () => {
    expect(
      rollupLevel({ kinds: ['housing_association'], regions: ['London'], sizeBands: ['small'] }),
    ).toBe('group');
  });
});

describe(rollupRowConditions.name, () => {
  it('should name the level and, as NULL, the dimensions the level does not keep', () => {
    const params = new SqlParams();
    const conditions = rollupRowConditions({ kinds: ['almo'], years: [2024] }, params, 'g');
    expect(conditions.slice(0, 4)).toEqual([
      'g."level" = $1',
      'g."region" IS NULL',
      'g."sizeBand" IS NULL',
      'g."kind" = ANY($2::text[])',
    ]);
    expect(params.values.slice(0, 2)).toEqual(['kind', ['almo']]);
  });
});
