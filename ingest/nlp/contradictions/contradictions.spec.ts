import { findContradiction } from './contradictions';

describe(findContradiction.name, () => {
  it('should catch a Yes whose commentary admits the requirement is not met', () => {
    expect(
      findContradiction('yes', 'This is happening in practice but is not outlined in the policy.'),
    ).toEqual({
      kind: 'yes_but_admits_gap',
      words: 'not outlined in the policy',
    });
    expect(findContradiction('yes', 'Further assurance is required.')?.kind).toBe(
      'yes_but_admits_gap',
    );
  });

  it('should catch a No whose commentary claims compliance', () => {
    expect(findContradiction('no', 'We are fully compliant with this provision.')?.kind).toBe(
      'no_but_claims_compliance',
    );
  });

  it('should leave consistent answers alone', () => {
    expect(
      findContradiction('yes', 'All letters include the Ombudsman contact details.'),
    ).toBeNull();
    expect(findContradiction('no', 'We are not compliant; action set for Q2.')).toBeNull();
    expect(findContradiction('not_stated', 'not outlined in the policy')).toBeNull();
  });
});
