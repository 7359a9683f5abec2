import { findActions } from './actions';

describe(findActions.name, () => {
  it('should take an ACTION: item to the end of the cell, with its due period', () => {
    const actions = findActions(
      'Further assurance is required. ACTION: Implement Survey via Omnichannel. Complete System changes by end Q2 2025/26.',
      null,
    );
    expect(actions).toEqual([
      {
        text: 'ACTION: Implement Survey via Omnichannel. Complete System changes by end Q2 2025/26.',
        due: { from: '2025-07-01', to: '2025-09-30', expression: 'Q2 2025/26' },
      },
    ]);
  });

  it('should find a dated commitment in an ordinary sentence', () => {
    const [action] = findActions(
      'This is not outlined in the policy, but will be addressed in the policy review due in November 2024.',
      null,
    );
    expect(action?.due).toMatchObject({ from: '2024-11-01', to: '2024-11-30' });
  });

  it('should not take an undated promise or a past fact for an action', () => {
    expect(
      findActions('We will improve this. The policy was approved in March 2024.', null),
    ).toEqual([]);
  });
});
