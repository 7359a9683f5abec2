import { containment, jaccard, shingles } from './shingles';

describe(shingles.name, () => {
  it('should make word n-grams, or the whole text when it is shorter', () => {
    expect([...shingles(['a', 'b', 'c', 'd'], 3)]).toEqual(['a b c', 'b c d']);
    expect([...shingles(['a', 'b'], 3)]).toEqual(['a b']);
  });

  it('should measure resemblance and containment', () => {
    const a = new Set(['x', 'y']);
    const b = new Set(['y', 'z', 'w']);
    expect(jaccard(a, b)).toBeCloseTo(1 / 4);
    expect(containment(a, b)).toBeCloseTo(1 / 2);
    expect(jaccard(new Set(), new Set())).toBe(0);
  });
});
