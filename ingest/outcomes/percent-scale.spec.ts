import { measureValue } from './cell-value';
import { fractionColumn } from './percent-scale';
import { textCell, type Cell } from './sheet-table';

const column = (...texts: string[]) => texts.map(textCell);
const formatted = (number: number): Cell => ({
  text: String(number),
  number,
  percentFormat: true,
  date: null,
});

describe(fractionColumn.name, () => {
  it('should call a column of numbers within 0–1, one strictly between, fractions', () => {
    expect(fractionColumn(column('0.82', '1', '0', '', '[X]'))).toBe(true);
    expect(fractionColumn(column('0.82', '61'))).toBe(false);
    // Only 0s and 1s say nothing: left as they are.
    expect(fractionColumn(column('0', '1', '1'))).toBe(false);
  });

  it('should not count cells that say their own scale', () => {
    expect(fractionColumn([formatted(0.5), ...column('92')])).toBe(false);
    expect(fractionColumn([formatted(0.5), formatted(0.2)])).toBe(false);
    expect(fractionColumn(column('0.5%', '0.8%'))).toBe(false);
  });

  it('should have measureValue rescale a fraction column and nothing else', () => {
    expect(measureValue(textCell('0.82'), true, true)).toEqual({ value: 82, marker: null });
    expect(measureValue(textCell('0.5%'), true, true)).toEqual({ value: 0.5, marker: null });
    expect(measureValue(textCell('0.82'), false, true)).toEqual({ value: 0.82, marker: null });
  });
});
