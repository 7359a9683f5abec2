import { syntheticSector } from './synthetic-sector';

describe(syntheticSector.name, () => {
  const options = { seed: 7, landlords: 40, secondYearShare: 0.25, edition2022Share: 0.2 };

  it('should give the same sector for the same seed, and another for another seed', () => {
    expect(syntheticSector(options)).toEqual(syntheticSector(options));
    expect(syntheticSector({ ...options, seed: 8 })).not.toEqual(syntheticSector(options));
  });

  it('should give every assessment one response per form provision of its edition', () => {
    for (const assessment of syntheticSector(options)) {
      expect(assessment.responses.length).toBe(
        assessment.edition === '2024' ? 72 : assessment.responses.length,
      );
      expect(new Set(assessment.responses.map((r) => r.provision)).size).toBe(
        assessment.responses.length,
      );
    }
    const editions = new Set(syntheticSector(options).map((a) => a.edition));
    expect(editions).toEqual(new Set(['2024', '2022']));
  });
});
