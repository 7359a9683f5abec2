import type { Block } from '@ingest/core';
import { normaliseCompliance } from './answer-normaliser';
import { emptyRecord, type RowRecord, type TextRole } from './row-record';

const PROVISION_START =
  /^(?:code\s+)?(?:provision|section|clause|paragraph|requirement)?\s*(\d{1,2})\.(\d{1,2})(?![\d.]*\d)[\s:.)–-]*(.*)$/i;
/** A label word, then either ":" (or a dash) and the value, or nothing else on the line. */
const label = (words: string) =>
  new RegExp(`^(?:${words})\\s*(?:\\([^)]*\\))?\\s*(?:[:–-]\\s*(.*))?$`, 'i');
const LABELS: ReadonlyArray<readonly [TextRole, RegExp]> = [
  [
    'answer',
    label(
      'compliance|compliant\\??|comply|complied\\??|do we comply\\??|answer|response|status|met\\??',
    ),
  ],
  [
    'evidence',
    label('(?:our\\s+)?evidence(?:\\s+(?:provided|held|supplied|used))?|supporting evidence'),
  ],
  [
    'commentary',
    label('commentary|comments?|explanation|notes?|commentary\\s*\\/\\s*explanation|actions?'),
  ],
  ['rag', label('rag|rag rating|rating')],
  ['requirement', label('(?:code\\s+)?requirement')],
];

/**
 * Reads self-assessments laid out as text rather than tables: a heading or paragraph that
 * starts with the provision number, followed by labelled paragraphs ("Compliance: Yes",
 * "Evidence: …", or a label on a line of its own); a paragraph that is only an answer
 * ("Yes", "Partially compliant") is the answer; other unlabelled paragraphs carry on the
 * last label, evidence once the answer is known.
 */
export function labelledRecords(blocks: readonly Block[]): RowRecord[] {
  const records: RowRecord[] = [];
  let current: RowRecord | null = null;
  let role: TextRole = 'requirement';
  for (const block of blocks) {
    if (block.kind !== 'text') {
      continue;
    }
    const start = PROVISION_START.exec(block.text);
    if (start && Number(start[1]) <= 12) {
      current = emptyRecord(block.text, `${Number(start[1])}.${Number(start[2])}`, block.page);
      records.push(current);
      role = 'requirement';
      const rest = start[3] ?? '';
      if (rest) {
        current.parts.requirement.push(rest);
      }
      continue;
    }
    if (!current) {
      continue;
    }
    const labelled = LABELS.find(([, pattern]) => pattern.test(block.text));
    if (labelled) {
      role = labelled[0];
      const rest = labelled[1].exec(block.text)?.[1] ?? '';
      if (rest.trim()) {
        current.parts[role].push(rest);
      }
      continue;
    }
    const answerOnly = block.text.length <= 40 && normaliseCompliance(block.text) !== 'not_stated';
    if (answerOnly && current.parts.answer.length === 0 && role === 'requirement') {
      current.parts.answer.push(block.text);
      role = 'evidence';
      continue;
    }
    if (block.heading) {
      current = null;
      continue;
    }
    current.parts[role].push(block.text);
  }
  return records;
}
