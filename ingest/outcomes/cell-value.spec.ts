import { measureValue } from './cell-value';
import { textCell } from './sheet-table';

const formatted = (number: number) => ({
  text: String(number),
  number,
  percentFormat: true,
  date: null,
});

describe(measureValue.name, () => {
  it('should keep a marker in place of a figure', () => {
    expect(measureValue(textCell('[x]'), true)).toEqual({ value: null, marker: '[X]' });
    expect(measureValue(textCell('[ Z ]'), false)).toEqual({ value: null, marker: '[Z]' });
  });

  it('should put percentages on a 0–100 scale', () => {
    expect(measureValue(formatted(0.615), true)).toEqual({ value: 61.5, marker: null });
    expect(measureValue(textCell('61.5%'), true)).toEqual({ value: 61.5, marker: null });
    expect(measureValue(textCell('61.5'), true)).toEqual({ value: 61.5, marker: null });
    expect(measureValue(formatted(0.5), false)).toEqual({ value: 0.5, marker: null });
  });

  it('should say why a cell is not a figure', () => {
    expect(measureValue(textCell('about half'), true)).toMatch(/"about half" is not a number/);
    expect(measureValue(textCell('140'), true)).toMatch(/not a percentage between 0 and 100/);
    expect(measureValue(textCell(''), true)).toEqual({ value: null, marker: null });
  });
});
