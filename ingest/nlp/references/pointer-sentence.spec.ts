import { isPointerSentence } from './pointer-sentence';

describe(isPointerSentence.name, () => {
  it.each([
    'Para 7.1 of the Complaints Procedure.',
    'Please see page 12 of our Resident Handbook.',
    'Clause 9(c), Complaints Policy.',
    'As per the Compensation Policy, section 2.',
    "Covered under 'Putting things right' in the Complaints Policy.",
    'Our yearly complaints performance report refers.',
    'The Landlord and Tenant Act 1985.',
    'As 4.2.',
    'Same as for 7.3.',
    'See above.',
    'Appendix C of the procedure.',
  ])('should call "%s" a pointer', (text) => {
    expect(isPointerSentence(text)).toBe(true);
  });

  it.each([
    'Section 5 of the policy: the repairs desk rings each resident before closing the job.',
    'See page 3; residents can also complain by text message to a named number.',
    'The complaints report goes to the Board every quarter.',
    'Staff log every grievance on the housing system on the day it is raised.',
  ])('should not call "%s" a pointer: it says something of its own', (text) => {
    expect(isPointerSentence(text)).toBe(false);
  });
});
