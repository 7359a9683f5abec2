import { landlordMatcher } from './landlord-matcher';

const landlords = [
  {
    id: 'a',
    name: 'Northfield Homes Limited',
    aliases: ['Northfield'],
    registrationNumber: 'L0001',
  },
  { id: 'b', name: 'Carrow District Council', aliases: [], registrationNumber: '00CN' },
  { id: 'c', name: 'Riverside Homes', aliases: [], registrationNumber: null },
  { id: 'd', name: 'Riverside Homes Ltd', aliases: [], registrationNumber: null },
];

describe(landlordMatcher.name, () => {
  it('should match by code first, then by an analyst link, then by one name or alias', () => {
    const matcher = landlordMatcher(landlords, new Map([['river group', 'd']]));
    expect(matcher.match('Someone else entirely', '00cn')).toBe('b');
    expect(matcher.match('The Northfield', null)).toBe('a');
    expect(matcher.match('River Group', null)).toBe('d');
  });

  it('should leave a name two landlords share, or nobody has, unmatched', () => {
    const matcher = landlordMatcher(landlords, new Map());
    expect(matcher.match('Riverside Homes', null)).toBeNull();
    expect(matcher.match('Nowhere Housing', 'L9999')).toBeNull();
  });
});
