import { splitSentences } from './sentences';

describe(splitSentences.name, () => {
  it('should split at sentence ends, lines and bullets but not inside numbers or abbreviations', () => {
    expect(
      splitSentences('Policy section 3.1 applies. See e.g. the log.\n• Letters sent; Calls logged'),
    ).toEqual([
      'Policy section 3.1 applies.',
      'See e.g. the log.',
      'Letters sent;',
      'Calls logged',
    ]);
  });

  it('should give nothing for empty or punctuation-only text', () => {
    expect(splitSentences(' . \n - ')).toEqual([]);
  });
});
