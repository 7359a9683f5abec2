import { describe, expect, it } from '@jest/globals';
import { heatScale } from './heat-scale';

describe(heatScale.name, () => {
  // Shaped like the sector: most provisions met by most landlords, a few far lower.
  const shares = [
    0.41, 0.55, 0.62, 0.7, 0.78, 0.81, 0.84, 0.86, 0.88, 0.9, 0.91, 0.92, 0.93, 0.94, 0.95, 0.96,
    0.97, 0.98, 0.99, 1, 1, 1, 1, 1,
  ];

  it('should give every band its own colour, 84% and 100% included', () => {
    const scale = heatScale(shares);
    const colours = scale.bands.map((b) => b.background);
    expect(new Set(colours).size).toBe(colours.length);
    expect(scale.bandOf(0.84)!.background).not.toBe(scale.bandOf(1)!.background);
  });

  it('should spread the data over the bands when most shares are high', () => {
    const scale = heatScale(shares);
    const perBand = scale.bands.map((b) => shares.filter((s) => scale.bandOf(s) === b).length);
    expect(scale.bands.length).toBeGreaterThanOrEqual(5);
    expect(Math.max(...perBand)).toBeLessThanOrEqual(shares.length / 3);
  });

  it('should place every share in the band whose range its label gives', () => {
    const scale = heatScale(shares);
    for (const share of shares) {
      const band = scale.bandOf(share)!;
      expect(share).toBeGreaterThanOrEqual(band.from);
      expect(share).toBeLessThanOrEqual(band.to);
    }
  });

  it('should keep equal shares together and handle no shares at all', () => {
    expect(heatScale([1, 1, 1]).bands).toHaveLength(1);
    expect(heatScale([null]).bandOf(null)).toBeNull();
    expect(heatScale([]).bands).toEqual([]);
  });
});
