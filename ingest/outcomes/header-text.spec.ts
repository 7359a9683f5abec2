import { headerWords } from './header-text';

describe(headerWords.name, () => {
  it('should drop footnote marks, odd spaces and capitals', () => {
    expect(headerWords('Landlord\u00A0code3')).toBe('landlord code');
    expect(headerWords('LANDLORD NAME\u00B9')).toBe('landlord name');
    expect(headerWords('Size\u200B band (homes)2')).toBe('size band (homes)');
  });

  it('should keep numbers that are part of the label', () => {
    expect(headerWords('Stage 1 complaints')).toBe('stage 1 complaints');
  });
});
