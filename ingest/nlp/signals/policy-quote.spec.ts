import { quotesPolicy } from './policy-quote';

describe(quotesPolicy.name, () => {
  it.each([
    "Procedure clause 5.4: 'We will acknowledge a complaint in writing within five working days.'",
    'Our policy, section 8, reads: "A resident may ask for a review of the stage 1 decision at any time."',
    'The Complaints Policy states that: residents may complain in person, by phone, by letter or online.',
    "Paragraph 2.3 of the policy says 'any expression of dissatisfaction will be treated as a complaint'.",
  ])('should see a quotation of the policy in "%s"', (text) => {
    expect(quotesPolicy(text)).toBe(true);
  });

  it.each([
    "See page 4 of the policy: 'Service requests'.",
    'Section 3 "Stage 2 reviews"',
    "Residents told us the letters read as 'cold and legal' and we have rewritten them.",
    'Complaints are acknowledged within five working days.',
  ])('should not see a policy quotation in "%s"', (text) => {
    expect(quotesPolicy(text)).toBe(false);
  });
});
