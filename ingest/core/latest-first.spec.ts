import { compareLatestFirst, type DatedAssessment } from './latest-first';

const dated = (
  year: number | null,
  periodEnd: string | null = null,
  completedOn: string | null = null,
): DatedAssessment => ({ year, periodEnd, completedOn });

describe(compareLatestFirst.name, () => {
  it('should put the latest year first, then the later period end, then the later completion', () => {
    const sorted = [
      dated(2024, '2024-03-31'),
      dated(null, null, '2026-01-01'),
      dated(2025, '2025-03-31', '2025-05-01'),
      dated(2025, '2025-03-31', '2025-06-30'),
      dated(2025, '2024-12-31'),
    ].sort(compareLatestFirst);
    expect(sorted).toEqual([
      dated(2025, '2025-03-31', '2025-06-30'),
      dated(2025, '2025-03-31', '2025-05-01'),
      dated(2025, '2024-12-31'),
      dated(2024, '2024-03-31'),
      dated(null, null, '2026-01-01'),
    ]);
  });
});
