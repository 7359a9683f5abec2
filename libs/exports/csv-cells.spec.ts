import type { Dataset } from './dataset';
import { neutraliseFormula, spreadsheetSafeRow } from './csv-cells';

const DATASET: Dataset = {
  name: 'test',
  description: 'test',
  grain: 'a row',
  columns: [
    { name: 'text', type: 'string', description: 'text', sql: 'text' },
    { name: 'count', type: 'integer', description: 'count', sql: 'count' },
    { name: 'share', type: 'number', description: 'share', sql: 'share' },
  ],
  source: () => '',
};

describe(neutraliseFormula.name, () => {
  it('should put a quote before text a spreadsheet would run', () => {
    for (const text of ['=1+1', '+44 20', '-1', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    }
  });

  it('should leave other text as it is', () => {
    for (const text of ['Yes', '5.10', '1 = 1', "'quoted", '']) {
      expect(neutraliseFormula(text)).toBe(text);
    }
  });
});

describe(spreadsheetSafeRow.name, () => {
  it('should neutralise text columns only, so negative numbers stay numbers', () => {
    const row = { text: '-5 days', count: -5, share: -0.5 };
    expect(spreadsheetSafeRow(DATASET, row)).toEqual({ text: "'-5 days", count: -5, share: -0.5 });
    expect(row.text).toBe('-5 days');
    expect(spreadsheetSafeRow(DATASET, { text: null, count: null, share: 1 })).toEqual({
      text: null,
      count: null,
      share: 1,
    });
  });
});
