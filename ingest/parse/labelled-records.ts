import type { Block, TextBlock } from '@ingest/core';
import { compareProvisionIds } from '@ingest/code';
import { normaliseCompliance } from './answer-normaliser';
import { readLabel, splitInlineLabels, type LabelledPart } from './record-labels';
import { emptyRecord, type RowRecord, type TextRole } from './row-record';

const PROVISION_START =
  /^(?:code\s+)?(?:provision|section|clause|paragraph|requirement)?\s*(\d{1,2})\.(\d{1,2})(?![\d.]*\d)[\s:.)–—-]*(.*)$/is;

/**
 * The value under a label on a line of its own that opens with an earlier provision's
 * number ("4.25 – 4.26) Staff training…") cites it; a record's own start names a provision
 * word, is a heading, or moves forward.
 */
function citesUnderLabel(
  block: TextBlock,
  start: RegExpExecArray,
  current: RowRecord | null,
  labelAwaitingValue: boolean,
): boolean {
  const currentId = current?.id;
  if (!labelAwaitingValue || block.heading || !currentId) {
    return false;
  }
  const named = /^\s*(?:code|provision|section|clause|paragraph|requirement)/i.test(block.text);
  return !named && compareProvisionIds(`${Number(start[1])}.${Number(start[2])}`, currentId) <= 0;
}

/** A paragraph's labelled parts: several inline ("Compliant: Yes. Evidence: …"), or one. */
function partsOf(text: string): LabelledPart[] {
  const inline = splitInlineLabels(text);
  if (inline.filter((part) => part.role).length >= 2) {
    return inline;
  }
  return [readLabel(text) ?? { role: null, text }];
}

/**
 * Reads self-assessments laid out as text rather than tables: a heading or paragraph that
 * starts with the provision number, followed by labelled paragraphs ("Compliance: Yes",
 * "Evidence: …", a label on a line of its own, or several labels in one paragraph); a
 * paragraph that is only an answer ("Yes", "Partially compliant") is the answer; other
 * unlabelled paragraphs carry on the last label, evidence once the answer is known.
 */
export function labelledRecords(blocks: readonly Block[]): RowRecord[] {
  const records: RowRecord[] = [];
  let current: RowRecord | null = null;
  let role: TextRole = 'requirement';
  // A label on a line of its own ("Evidence") whose value has not come yet.
  let labelAwaitingValue = false;
  const take = (part: LabelledPart) => {
    if (!current) {
      return;
    }
    if (part.role) {
      role = part.role;
    } else if (
      role === 'requirement' &&
      current.parts.answer.length === 0 &&
      part.text.length <= 40 &&
      normaliseCompliance(part.text) !== 'not_stated'
    ) {
      // A paragraph that is only an answer, straight after the requirement.
      current.parts.answer.push(part.text);
      role = 'evidence';
      return;
    }
    if (part.text) {
      current.parts[role].push(part.text);
    }
  };
  for (const block of blocks) {
    if (block.kind !== 'text') {
      continue;
    }
    const start = PROVISION_START.exec(block.text);
    if (
      start &&
      Number(start[1]) <= 12 &&
      !citesUnderLabel(block, start, current, labelAwaitingValue)
    ) {
      current = emptyRecord(block.text, `${Number(start[1])}.${Number(start[2])}`, block.page);
      records.push(current);
      role = 'requirement';
      labelAwaitingValue = false;
      partsOf(start[3] ?? '').forEach(take);
      continue;
    }
    if (!current) {
      continue;
    }
    const awaitingAnswer = (role as TextRole) === 'answer' && current.parts.answer.length === 0;
    if (
      awaitingAnswer &&
      block.text.length <= 40 &&
      normaliseCompliance(block.text) !== 'not_stated'
    ) {
      // The value under an answer label, even one that is itself a label word ("Compliant").
      current.parts.answer.push(block.text);
      role = 'evidence';
      labelAwaitingValue = false;
      continue;
    }
    const parts = partsOf(block.text);
    if (block.heading && !parts.some((part) => part.role)) {
      current = null;
      continue;
    }
    parts.forEach(take);
    labelAwaitingValue = parts.length === 1 && Boolean(parts[0]!.role) && !parts[0]!.text;
  }
  return records;
}
