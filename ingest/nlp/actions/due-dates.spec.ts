import { readDueDate } from './due-dates';

describe(readDueDate.name, () => {
  it.each([
    ['by end Q2 2025/26', '2025-07-01', '2025-09-30'],
    ['by end Q4 2024/25', '2025-01-01', '2025-03-31'],
    ['due in November 2024', '2024-11-01', '2024-11-30'],
    ['by September 2024/25', '2024-09-01', '2024-09-30'],
    ['by February 2024/25', '2025-02-01', '2025-02-28'],
    ['completed by 01/08/2024', '2024-08-01', '2024-08-01'],
    ['on 26 June 2024', '2024-06-26', '2024-06-26'],
    ['during 2025/26', '2025-04-01', '2026-03-31'],
  ])('should read "%s" as %s to %s', (text, from, to) => {
    expect(readDueDate(text)).toMatchObject({ from, to });
  });

  it('should find no date where there is none, or only an impossible one', () => {
    expect(readDueDate('as soon as possible')).toBeNull();
    expect(readDueDate('by 31/02/2025')).toBeNull();
  });
});
