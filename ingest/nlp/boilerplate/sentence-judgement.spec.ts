import { judgeSentence, type SentenceContext } from './sentence-judgement';

const context = (overrides: Partial<SentenceContext> = {}): SentenceContext => ({
  requirement:
    'Complaints must be acknowledged, defined and logged at stage 1 of the complaints procedure within five working days of the complaint being received.',
  compliance: 'yes',
  repeats: 1,
  rowCount: 72,
  ...overrides,
});

describe(judgeSentence.name, () => {
  it('should call a bare document reference a pointer', () => {
    expect(judgeSentence('Complaints Policy (Section 3).', context()).kind).toBe('pointer');
  });

  it('should call a line in a quarter of the rows a template, whatever it says', () => {
    const judgement = judgeSentence(
      'Every complaint is handled by the Customer Resolution Team.',
      context({ repeats: 40 }),
    );
    expect(judgement).toMatchObject({ kind: 'template', reason: 'repeated in 40 provisions' });
  });

  it('should call a sentence that only restates the requirement an echo, even with its numbers', () => {
    expect(
      judgeSentence('We acknowledge complaints within 5 working days of being received.', context())
        .kind,
    ).toBe('echo');
  });

  it('should accept details the requirement does not already name', () => {
    expect(
      judgeSentence(
        'In 2023/24, 94% were acknowledged on time, reported monthly to the Board.',
        context(),
      ).kind,
    ).toBe('substantive');
    expect(
      judgeSentence(
        'Acknowledgement letters are sent from the CRM on the day a complaint is logged.',
        context(),
      ).kind,
    ).toBe('substantive');
  });

  it('should flag hypothetical and generic wording', () => {
    expect(
      judgeSentence('The Ombudsman would be informed if this was the case.', context()).kind,
    ).toBe('hypothetical');
    expect(
      judgeSentence(
        'This is reinforced through our framework and mandatory complaint handler training.',
        context(),
      ).kind,
    ).toBe('generic');
  });

  it('should take an explanation of a No answer as substantive', () => {
    expect(
      judgeSentence(
        'Slight wording variation as it is a corporate policy not a housing policy',
        context({ compliance: 'no' }),
      ).kind,
    ).toBe('substantive');
  });
});

describe(`${judgeSentence.name}: wording it was never shown`, () => {
  const stages = context({
    requirement:
      'The person considering the complaint at stage 2 must not be the same person that considered the complaint at stage 1.',
  });

  it.each([
    'See page 9 of the Tenant Handbook.',
    'Please refer to point 2.2 of our procedure.',
    'Our yearly complaints performance report refers.',
    'Equality Act 2010.',
  ])('should call "%s" a pointer', (text) => {
    expect(judgeSentence(text, context()).kind).toBe('pointer');
  });

  it.each([
    ['This is not reflected in the procedure yet.', 'admits a gap'],
    ['We do not currently send an acknowledgement by text.', 'admits a gap'],
    ['A line on this will be added at the next review in January 2026.', 'a dated plan'],
  ])('should keep "%s" as evidence under a Yes: %s', (text, reason) => {
    expect(judgeSentence(text, context())).toMatchObject({ kind: 'substantive', reason });
  });

  it.each([
    'Housing advisers check with the resident what they want before they reply.',
    'Neighbourhood staff ask each caller how they would like to hear back.',
  ])('should take a concrete practice without numbers, "%s", as evidence', (text) => {
    expect(judgeSentence(text, context()).kind).toBe('substantive');
  });

  it('should take a quotation of the policy clause as evidence though it echoes the requirement', () => {
    expect(
      judgeSentence(
        "Procedure clause 4.1: 'Complaints must be acknowledged and logged at stage 1 within five working days.'",
        context(),
      ),
    ).toMatchObject({ kind: 'substantive', reason: "quotes the landlord's own policy" });
  });

  it.each([
    'Another manager deals with stage 2.',
    'An independent officer takes the stage 2 review.',
  ])('should call "%s" a restatement with a new subject', (text) => {
    expect(judgeSentence(text, stages).kind).toBe('echo');
  });

  it.each([
    'Were a reply to be late, the officer would phone the resident within 2 days.',
    'Should we miss the deadline, an apology letter is sent.',
    'In the event that a resident asks, we would arrange a meeting.',
  ])('should call "%s" hypothetical, whatever its details', (text) => {
    expect(judgeSentence(text, context()).kind).toBe('hypothetical');
  });
});
