import { parse } from 'graphql';
import { PassedOperations } from './passed-operations';

describe(PassedOperations.name, () => {
  const document = parse('query Q($first: Int) { landlords(first: $first) { totalCount } }');

  it('should know an operation once it passed, for the same document and variables only', () => {
    const passed = new PassedOperations();
    const key = passed.key('Q', { first: 5 });
    expect(passed.has(document, key)).toBe(false);
    passed.add(document, key);
    expect(passed.has(document, passed.key('Q', { first: 5 }))).toBe(true);
    expect(passed.has(document, passed.key('Q', { first: 500 }))).toBe(false);
    expect(passed.has(parse('{ landlords { totalCount } }'), key)).toBe(false);
  });

  it('should keep no key when the variables are long', () => {
    const passed = new PassedOperations();
    const key = passed.key(null, { search: 'x'.repeat(5_000) });
    passed.add(document, key);
    expect(key).toBeNull();
    expect(passed.has(document, key)).toBe(false);
  });

  it('should forget the oldest variables when a document has many', () => {
    const passed = new PassedOperations();
    for (let first = 0; first <= 64; first++) {
      passed.add(document, passed.key('Q', { first }));
    }
    expect(passed.has(document, passed.key('Q', { first: 0 }))).toBe(false);
    expect(passed.has(document, passed.key('Q', { first: 64 }))).toBe(true);
  });
});
