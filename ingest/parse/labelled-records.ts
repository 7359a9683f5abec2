import type { Block } from '@ingest/core';
import { emptyRecord, type RowRecord, type TextRole } from './row-record';

const PROVISION_START =
  /^(?:code\s+)?(?:provision|section|clause|paragraph|requirement)?\s*(\d{1,2})\.(\d{1,2})(?![\d.]*\d)[\s:.)–-]*(.*)$/i;
const LABELS: ReadonlyArray<readonly [TextRole, RegExp]> = [
  [
    'answer',
    /^(?:compliance|compliant\??|comply|complied\??|do we comply\??|answer|response|self[- ]assessment|status|met\??)\s*(?:\([^)]*\))?\s*[:–-]\s*(.*)$/i,
  ],
  ['evidence', /^(?:our\s+)?evidence(?:\s+\w+){0,2}\s*[:–-]\s*(.*)$/i],
  [
    'commentary',
    /^(?:commentary|comments?|explanation|notes?|commentary\s*\/\s*explanation|actions?)\s*[:–-]\s*(.*)$/i,
  ],
  ['rag', /^(?:rag|rag rating|rating)\s*[:–-]\s*(.*)$/i],
  ['requirement', /^(?:code\s+)?requirement\s*[:–-]\s*(.*)$/i],
];

/**
 * Reads self-assessments laid out as text rather than tables: a heading or paragraph that
 * starts with the provision number, followed by labelled paragraphs ("Compliance: Yes",
 * "Evidence: …"); unlabelled paragraphs carry on the last label.
 */
export function labelledRecords(blocks: readonly Block[]): RowRecord[] {
  const records: RowRecord[] = [];
  let current: RowRecord | null = null;
  let role: TextRole = 'requirement';
  for (const block of blocks) {
    if (block.kind !== 'text') continue;
    const start = PROVISION_START.exec(block.text);
    if (start && Number(start[1]) <= 12) {
      current = emptyRecord(block.text, `${Number(start[1])}.${Number(start[2])}`, block.page);
      records.push(current);
      role = 'requirement';
      const rest = start[3] ?? '';
      if (rest) current.parts.requirement.push(rest);
      continue;
    }
    if (!current) continue;
    const labelled = LABELS.find(([, pattern]) => pattern.test(block.text));
    if (labelled) {
      role = labelled[0];
      const rest = labelled[1].exec(block.text)?.[1] ?? '';
      if (rest.trim()) current.parts[role].push(rest);
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
