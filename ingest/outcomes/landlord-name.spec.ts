import { landlordNameKey } from './landlord-name';

describe(landlordNameKey.name, () => {
  it('should ignore case, punctuation, ampersands and legal words', () => {
    expect(landlordNameKey('The Riverside Group Ltd.')).toBe(landlordNameKey('riverside group'));
    expect(landlordNameKey('Homes & Communities\u00A0Limited')).toBe('homes and communities');
  });

  it('should keep words that tell landlords apart', () => {
    expect(landlordNameKey('Leeds City Council')).not.toBe(landlordNameKey('Leeds'));
    expect(landlordNameKey('North Homes')).not.toBe(landlordNameKey('North Star Homes'));
  });
});
