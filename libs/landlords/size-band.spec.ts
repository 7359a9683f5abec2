import { sizeBandOf } from './size-band';

describe('sizeBandOf', () => {
  it('should put homes on the lower bound into the band that starts there', () => {
    expect(sizeBandOf(999)).toBe('small');
    expect(sizeBandOf(1_000)).toBe('medium');
    expect(sizeBandOf(29_999)).toBe('large');
    expect(sizeBandOf(30_000)).toBe('very_large');
  });

  it('should give no band when the number of homes is not known', () => {
    expect(sizeBandOf(null)).toBeNull();
  });
});
