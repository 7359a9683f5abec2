export function percent(share: number | null | undefined, digits = 0): string {
  if (share === null || share === undefined) {
    return '–';
  }
  if (share > 0 && share < 0.01 && digits === 0) {
    return 'under 1%';
  }
  return `${(share * 100).toFixed(digits)}%`;
}

/** An edition as people say it: CODE_2024 is "2024". */
export const editionLabel = (edition: string | null): string =>
  edition ? edition.replace(/^CODE_/, '') : '';

/** An enum value as words: NOT_FOUND_WITHIN_BUDGET is "not found within budget". */
export const enumWords = (value: string): string => value.toLowerCase().replace(/_/g, ' ');

export const count = (n: number): string => n.toLocaleString('en-GB');

export const ANSWER_WORDS: Record<string, string> = {
  YES: 'Yes',
  NO: 'No',
  PARTIAL: 'Partly',
  NOT_APPLICABLE: 'Not applicable',
  NOT_STATED: 'No answer',
};

export const answerClass = (compliance: string): string =>
  compliance === 'YES'
    ? 'yes'
    : compliance === 'NO'
      ? 'no'
      : compliance === 'PARTIAL'
        ? 'partial'
        : 'other';

/** An action's words without the label the document opened it with ("ACTION: …"). */
export const actionText = (text: string): string =>
  text.replace(/^\s*actions?(?:\s+(?:required|plan))?\s*[:–-]\s*/i, '').trim() || text;
