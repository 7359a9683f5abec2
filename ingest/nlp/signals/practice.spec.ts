import { contentWords } from '../text/words';
import { restatesRequirement, saysHow } from './practice';

const requirementWords = (text: string) => new Set(contentWords(text));
const STAGES = requirementWords(
  'The person considering the complaint at stage 2 must not be the same person that considered the complaint at stage 1.',
);
const SINGLE = requirementWords(
  'Landlords must have a single complaints policy with a two stage process.',
);
const DEFINITION = requirementWords(
  'A complaint is an expression of dissatisfaction, however made, about the standard of service.',
);

describe(restatesRequirement.name, () => {
  it.each([
    ['Another manager deals with stage 2.', STAGES],
    ['A separate colleague considers complaints at stage 2.', STAGES],
    ['An independent officer reviews stage 2 complaints.', STAGES],
    ['There is one complaints procedure with two stages.', SINGLE],
    ['Our single process has two stages.', SINGLE],
  ])('should see "%s" as a restatement under a new subject', (text, requirement) => {
    expect(restatesRequirement(contentWords(text), requirement)).toBe(true);
  });

  it.each([
    ['Stage 2 is heard by a panel of two board members and a tenant.', STAGES],
    [
      'Stage 2 reviews are allocated by the Head of Service from outside the original area.',
      STAGES,
    ],
  ])('should not see "%s" as a restatement: it adds how', (text, requirement) => {
    expect(restatesRequirement(contentWords(text), requirement)).toBe(false);
  });
});

describe(saysHow.name, () => {
  it.each([
    'Repairs operatives pass any grumble they hear on a visit to the complaints inbox.',
    'The Lettings Team asks new tenants at sign-up how they prefer to be contacted.',
    'Housing advisers explain the escalation route when they close a case.',
    'Our contractor forwards messages from residents to the complaints staff the same day.',
  ])('should see "%s" as saying how, without a number', (text) => {
    expect(saysHow(text, contentWords(text), DEFINITION)).toBe(true);
  });

  it.each([
    'We take all complaints seriously.',
    'Complaints are handled in line with the policy.',
    'Every expression of dissatisfaction is treated as a complaint.',
  ])('should not see "%s" as saying how', (text) => {
    expect(saysHow(text, contentWords(text), DEFINITION)).toBe(false);
  });
});
