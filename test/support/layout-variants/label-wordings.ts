import type { ColumnRole } from './layout-axes';

/** The words a landlord puts over each column, or before each value, in one document. */
export type Wording = Record<ColumnRole, string>;

/** Header and label wordings seen in published self-assessments. */
export const WORDINGS: readonly Wording[] = [
  {
    id: 'Code provision',
    'id-requirement': 'Code provision',
    section: 'Section',
    requirement: 'Code requirement',
    answer: 'Comply: Yes / No',
    rag: 'RAG status',
    evidence: 'Evidence',
    commentary: 'Commentary / explanation',
    text: 'Evidence, commentary and any explanations',
  },
  {
    id: 'Ref',
    'id-requirement': 'Requirement',
    section: 'Code section',
    requirement: 'What the Code requires',
    answer: 'Do we comply?',
    rag: 'RAG',
    evidence: 'How we evidence this',
    commentary: 'Further commentary',
    text: 'Our response',
  },
  {
    id: 'Provision',
    'id-requirement': 'Provision and requirement',
    section: 'Area',
    requirement: 'Requirement',
    answer: 'Compliant?',
    rag: 'Status',
    evidence: 'Evidence',
    commentary: 'Explanation',
    text: 'Evidence and explanation',
  },
  {
    id: 'Code ref',
    'id-requirement': 'Code provision',
    section: 'Section',
    requirement: 'Code provision',
    answer: 'Compliance',
    rag: 'RAG rating',
    evidence: 'Supporting evidence',
    commentary: 'Comments',
    text: 'How we evidence this',
  },
  {
    id: 'No.',
    'id-requirement': 'Requirement',
    section: 'Theme',
    requirement: 'Requirement',
    answer: 'Self-assessment',
    rag: 'Rating',
    evidence: 'Evidence',
    commentary: 'Commentary',
    text: 'Evidence and commentary',
  },
  {
    id: 'Ref',
    'id-requirement': 'Code requirement',
    section: 'Section',
    requirement: 'Requirement',
    answer: 'Our response',
    rag: 'RAG',
    evidence: 'Where this is evidenced',
    commentary: 'Explanation',
    text: 'Evidence, commentary and explanation',
  },
];

/** How the answer is introduced outside a table, by the same wording index. */
export const ANSWER_LABELS: readonly string[] = [
  'Compliant',
  'Do we comply?',
  'Compliant?',
  'Compliance',
  'Self-assessment',
  'Our response',
];

export function answerLabel(wording: number): string {
  return ANSWER_LABELS[wording % ANSWER_LABELS.length]!;
}

/** "Compliant: Yes." or "Do we comply? Yes." */
export function labelledAnswer(wording: number, answer: string): string {
  const label = answerLabel(wording);
  return `${label}${label.endsWith('?') ? '' : ':'} ${answer}${/[.!?]$/.test(answer) ? '' : '.'}`;
}
