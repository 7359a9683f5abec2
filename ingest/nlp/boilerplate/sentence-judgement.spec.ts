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
