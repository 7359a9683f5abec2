import { readLabel, splitInlineLabels } from './record-labels';

describe(readLabel.name, () => {
  it.each([
    ['Do we comply?', 'answer'],
    ['Our response', 'answer'],
    ['Self-assessment:', 'answer'],
    ['How we evidence this', 'evidence'],
    ['Where this is evidenced', 'evidence'],
    ['Further commentary', 'commentary'],
    ['Explanation', 'commentary'],
    ['What the Code requires', 'requirement'],
  ])('should read "%s" as the %s label', (text, role) => {
    expect(readLabel(text)?.role).toBe(role);
  });

  it('should find no label in a sentence that uses a label word', () => {
    expect(readLabel('Evidence of training is kept by the Complaints Team.')).toBeNull();
  });
});

describe(splitInlineLabels.name, () => {
  it('should split a paragraph of several labelled parts, colons or question marks', () => {
    expect(
      splitInlineLabels(
        'Compliant? Partially. Evidence: Complaints Policy (Section 4) Commentary / explanation: Letters are being rewritten.',
      ),
    ).toEqual([
      { role: 'answer', text: 'Partially.' },
      { role: 'evidence', text: 'Complaints Policy (Section 4)' },
      { role: 'commentary', text: 'Letters are being rewritten.' },
    ]);
  });

  it('should not split at a label word in the middle of a sentence', () => {
    expect(splitInlineLabels('We keep evidence: call notes and letters.')).toEqual([
      { role: null, text: 'We keep evidence: call notes and letters.' },
    ]);
  });
});
