import { findAdmission } from './admission';

describe(findAdmission.name, () => {
  it.each([
    'The procedure does not yet say how long an extension may be.',
    'We do not currently write to residents when a case is extended.',
    'This is not set out in our policy at the moment.',
    'There is no formal process for this yet.',
    'Our staff do not always record the outcome a resident wants.',
    'We are not fully meeting this.',
    'Stage 2 replies have not been sent on time consistently.',
  ])('should read "%s" as an admitted gap', (text) => {
    expect(findAdmission(text)).toBe('gap');
  });

  it.each([
    'The clause will be inserted at the next review of the policy.',
    'We plan to launch an online complaint form by September 2026.',
    'A revised letter is scheduled for autumn 2025.',
    'Training for contractors will be delivered within the next three months.',
  ])('should read "%s" as a dated plan', (text) => {
    expect(findAdmission(text)).toBe('plan');
  });

  it.each([
    'We will always acknowledge complaints promptly.',
    'Complaints are logged on the day they arrive.',
    'Working arrangements are being developed and will align with the code.',
  ])('should find nothing owned up to in "%s"', (text) => {
    expect(findAdmission(text)).toBeNull();
  });
});
