import { describe, expect, it } from '@jest/globals';
import { actionText } from './format';

describe(actionText.name, () => {
  it.each([
    ['ACTION: update the letters by end Q2 2025/26.', 'update the letters by end Q2 2025/26.'],
    ['Actions required – train staff by March 2026', 'train staff by March 2026'],
    ['action plan: review the policy', 'review the policy'],
  ])('should drop the label the document gave %p', (text, words) => {
    expect(actionText(text)).toBe(words);
  });

  it('should keep an action that has no label, and one that is only a label', () => {
    expect(actionText('We will review the policy by April 2026.')).toBe(
      'We will review the policy by April 2026.',
    );
    expect(actionText('ACTION:')).toBe('ACTION:');
  });
});
