import { hypotheticalWording } from './hypothetical';

describe(hypotheticalWording.name, () => {
  it.each([
    ['If a reply were going to be late, we would let the resident know.', 'would'],
    ['Should we need more time, the resident is told why.', 'Should we'],
    ['Should a resident remain unhappy they can go to stage 2.', 'Should a'],
    ['In the event that a case is complex, an extension could be agreed.', 'In the event that'],
    ['Were the Ombudsman to ask, we might share our records.', 'Were the'],
    ['The officer would have contacted the resident had it been needed.', 'would'],
  ])('should find hypothetical wording in "%s"', (text, words) => {
    expect(hypotheticalWording(text)).toBe(words);
  });

  it.each([
    'Call handlers ask whether the resident would like a complaint to be logged.',
    'We write to the resident on the day the extension is agreed.',
    'If a resident is unhappy with the repair, the officer books a second visit.',
    'Residents told us they would prefer email updates.',
  ])('should not call "%s" hypothetical', (text) => {
    expect(hypotheticalWording(text)).toBeNull();
  });
});
