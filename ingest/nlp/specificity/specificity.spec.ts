import { measureSpecificity } from './specificity';

describe(measureSpecificity.name, () => {
  it('should count the concrete details of a specific text', () => {
    const result = measureSpecificity(
      'The Customer Focus Manager reports monthly to the Board; 96% of complaints were answered within 10 days in 2023/24 (CRM report).',
    );
    expect(result.parts).toMatchObject({
      roles: 1,
      frequencies: 1,
      committees: 1,
      dates: 1,
      figures: 2,
    });
    expect(result.parts.namedSystems).toBeGreaterThanOrEqual(1);
    expect(result.score).toBeGreaterThan(0.3);
  });

  it('should score generic text near zero', () => {
    const result = measureSpecificity(
      'This is reinforced through our training, as set out in the policy.',
    );
    expect(result.details).toEqual([]);
    expect(result.score).toBeLessThan(0.1);
  });
});
