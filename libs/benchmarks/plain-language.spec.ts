import { evidenceLabel, tallyAnswers, tallySentence } from './plain-language';

describe('plain language', () => {
  it('should say boilerplate evidence is standard wording whatever its specificity', () => {
    expect(evidenceLabel(true, true, 0.5)).toMatch(/standard wording/i);
    expect(evidenceLabel(false, false, 0)).toBe('No evidence given');
    expect(evidenceLabel(true, false, 0.2)).toMatch(/specific/i);
    expect(evidenceLabel(true, false, 0.01)).toBe('Some detail');
  });

  it('should sum up answers and the share of standard wording', () => {
    const sentence = tallySentence('Anytown Homes', {
      meets: 60,
      partlyMeets: 8,
      doesNotMeet: 4,
      provisions: 72,
      boilerplate: 18,
      withText: 72,
    });
    expect(sentence).toBe(
      'Anytown Homes says it meets 60 of 72 requirements and falls short on 12 (8 partly, 4 not at all). 25% of its evidence is standard wording with no real detail.',
    );
  });
});

describe('tallyAnswers', () => {
  it('should count answers, and boilerplate among the responses with text only', () => {
    expect(
      tallyAnswers([
        { compliance: 'yes', boilerplate: true, hasText: true },
        { compliance: 'yes', boilerplate: false, hasText: true },
        { compliance: 'partial', boilerplate: true, hasText: false },
        { compliance: 'no', boilerplate: false, hasText: true },
        { compliance: 'not_applicable', boilerplate: false, hasText: false },
      ]),
    ).toEqual({
      meets: 2,
      partlyMeets: 1,
      doesNotMeet: 1,
      provisions: 5,
      boilerplate: 1,
      withText: 3,
    });
  });
});
