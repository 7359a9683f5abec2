import { leadingAnswer } from './leading-answer';

describe(leadingAnswer.name, () => {
  it.each([
    ['Yes. We log every complaint in Civica.', 'Yes', 'We log every complaint in Civica.'],
    ['Yes – see section 4 of the policy', 'Yes', 'see section 4 of the policy'],
    ['Compliant: Yes. The policy was approved in May.', 'Yes', 'The policy was approved in May.'],
    ['Fully compliant.', 'Fully compliant', ''],
    ['Partially – the template is being rewritten', 'Partially', 'the template is being rewritten'],
    ['No, because our policy allows 15 days.', 'No', 'because our policy allows 15 days.'],
    ['Do we comply? No - stage 2 takes 25 days', 'No', 'stage 2 takes 25 days'],
    ['N/A: we have no leaseholders', 'N/A', 'we have no leaseholders'],
    ['Yes', 'Yes', ''],
  ])('should read the answer "%s" opens with', (text, answer, rest) => {
    expect(leadingAnswer(text)).toEqual({ answer, rest });
  });

  it.each([
    'No complaints were refused last year.',
    'Yesterday the board approved the policy.',
    'Compliance is reported to the board quarterly.',
    'Met with residents in March.',
    'Non-emergency repairs are logged as service requests.',
  ])('should find no answer at the start of "%s"', (text) => {
    expect(leadingAnswer(text)).toBeNull();
  });
});
