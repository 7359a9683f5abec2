import { normaliseCompliance, readRag } from './answer-normaliser';

describe(normaliseCompliance.name, () => {
  it.each([
    ['Yes', 'yes'],
    ['Y', 'yes'],
    ['Ye', 'yes'],
    ['Yes – see note', 'yes'],
    ['Fully compliant', 'yes'],
    ['No', 'no'],
    ['N', 'no'],
    ['Not compliant', 'no'],
    ['Non-compliant', 'no'],
    ['Partially compliant', 'partial'],
    ['Partial', 'partial'],
    ['N/A', 'not_applicable'],
    ['NA', 'not_applicable'],
    ['Not applicable', 'not_applicable'],
    ['', 'not_stated'],
    ['To be confirmed', 'not_stated'],
  ])('should read "%s" as %s', (raw, expected) => {
    expect(normaliseCompliance(raw)).toBe(expected);
  });

  it('should read N/A written in the evidence column when the answer is blank', () => {
    expect(normaliseCompliance('', 'N/A')).toBe('not_applicable');
  });

  it('should not take a long evidence text that merely starts with "NA" as not applicable', () => {
    expect(
      normaliseCompliance('', 'NA Housing policy sets out how we handle complaints in detail'),
    ).toBe('not_stated');
  });
});

describe(readRag.name, () => {
  it('should read rating words and cell colours, and ignore white cells', () => {
    expect(readRag('Green', null)).toBe('green');
    expect(readRag('A', null)).toBe('amber');
    expect(readRag('', '#ff0000')).toBe('red');
    expect(readRag('', '#ffc000')).toBe('amber');
    expect(readRag('', '#00b050')).toBe('green');
    expect(readRag('', '#ffffff')).toBeNull();
    expect(readRag('', '#d9e2f3')).toBeNull();
  });
});
