import type { CodeProvision } from '@ingest/code';
import { matchProvisions } from '@ingest/code';
import type { Block, RowBlock } from '@ingest/core';
import { headerRoles, readProvisionId, type ColumnRole } from '@ingest/core';
import { inferRoles } from './column-roles';

import { emptyRecord, type RowRecord, type TextRole } from './row-record';

const SECTION_ROW = /^(section|part|stage|appendix)\s*\d+\b|^stage\s+(one|two)\b/i;
const ANSWER_THEN_TEXT = /^(yes|no|partial(?:ly)?|n\/a)\s+(\S.*)$/i;

/** Cell texts laid out by column position, spans expanded. */
function columns(row: RowBlock): {
  texts: string[];
  fills: (string | null)[];
  ticks: (boolean | null)[];
} {
  const texts: string[] = [];
  const fills: (string | null)[] = [];
  const ticks: (boolean | null)[] = [];
  for (const c of row.cells) {
    for (let i = 0; i < c.colSpan; i++) {
      texts.push(i === 0 ? c.text : '');
      fills.push(c.fill);
      ticks.push(i === 0 ? c.checked : null);
    }
  }
  return { texts, fills, ticks };
}

function isSectionRow(row: RowBlock, texts: string[], width: number): boolean {
  const filled = texts.filter((t) => t.trim() !== '');
  if (filled.length !== 1) {
    return false;
  }
  const only = filled[0] ?? '';
  const spansTable =
    row.cells.length === 1 && (row.cells[0]?.colSpan ?? 1) >= Math.max(2, width - 1);
  return (spansTable && !readProvisionId(only)) || (SECTION_ROW.test(only) && only.length < 120);
}

const ROLE_TARGET: Partial<Record<ColumnRole, TextRole>> = {
  requirement: 'requirement',
  answer: 'answer',
  evidence: 'evidence',
  evidenceAndCommentary: 'evidence',
  commentary: 'commentary',
  rag: 'rag',
};

/**
 * Undoes cells that lost the tab between them: "8.2 The annual report…" in the number
 * column, or "Yes Annual Complaints…" in the answer column, when the row is short of cells.
 */
function realignJoinedCells(texts: string[], roles: ColumnRole[]): string[] {
  if (texts.length >= roles.length) {
    return texts;
  }
  const out = [...texts];
  const idColumn = roles.indexOf('provision');
  const requirementColumn = roles.indexOf('requirement');
  if (idColumn >= 0 && requirementColumn === idColumn + 1) {
    const id = readProvisionId(out[idColumn] ?? '');
    if (id && id.rest.split(/\s+/).length > 3) {
      out.splice(idColumn, 1, id.id, id.rest);
    }
  }
  const answerColumn = roles.indexOf('answer');
  if (answerColumn >= 0 && out.length < roles.length) {
    const joined = ANSWER_THEN_TEXT.exec(out[answerColumn] ?? '');
    if (joined?.[1] && joined[2] && joined[2].split(/\s+/).length > 2) {
      out.splice(answerColumn, 1, joined[1], joined[2]);
    }
  }
  return out;
}

function addRow(
  record: RowRecord,
  texts: string[],
  fills: (string | null)[],
  ticks: (boolean | null)[],
  roles: ColumnRole[],
): void {
  texts.forEach((text, c) => {
    const role = roles[c] ?? (c >= roles.length ? 'commentary' : 'other');
    if (role === 'tickYes' || role === 'tickNo' || role === 'tickPartial') {
      const ticked = ticks[c] === true || /^[xX✓✔☒☑]$/.test(text.trim());
      if (ticked) {
        record.ticks[role === 'tickYes' ? 'yes' : role === 'tickNo' ? 'no' : 'partial'] = true;
      }
      return;
    }
    const target = ROLE_TARGET[role];
    if (target === 'rag' && fills[c]) {
      record.ragFill ??= fills[c] ?? null;
    }
    if (target && text.trim()) {
      record.parts[target].push(text);
    }
  });
}

function startsMidSentence(texts: string[], roles: ColumnRole[]): boolean {
  const first = texts.find(
    (t, c) => t.trim() && (roles[c] === 'evidence' || roles[c] === 'commentary'),
  );
  return first !== undefined && /^[a-z]/.test(first.trim());
}

function topicScore(texts: string[], provision: CodeProvision | undefined): number {
  if (!provision) {
    return 0;
  }
  return matchProvisions(texts.join(' '), [provision])[0]?.score ?? 0;
}

/** Whether any table row reads as a header (labels such as "Evidence", "Do we comply?"). */
export function tableHasHeader(blocks: readonly Block[]): boolean {
  return blocks.some((b) => b.kind === 'row' && headerRoles(columns(b).texts) !== null);
}

export interface TableRecordsOptions {
  /** The catalogue provision an id refers to, for judging which row a fragment is about. */
  lookup: (id: string) => CodeProvision | undefined;
  /** Form provisions in Code order, for recognising a row whose number is garbled. */
  formProvisions: readonly CodeProvision[];
}

/**
 * Turns table rows into one record per provision row: finds header rows and column roles,
 * skips repeated headers and section rows, and joins rows that a page break split.
 */
export function tableRecords(blocks: readonly Block[], options: TableRecordsOptions): RowRecord[] {
  const rows = blocks.filter((b): b is RowBlock => b.kind === 'row');
  const hasHeader = tableHasHeader(blocks);
  let roles: ColumnRole[] | null = hasHeader
    ? null
    : inferRoles(rows.map((row) => columns(row).texts));
  const records: RowRecord[] = [];
  let current: RowRecord | null = null;
  let run: { texts: string[]; fills: (string | null)[]; ticks: (boolean | null)[] }[] = [];
  let runAfterBreak = false;
  let breakSinceRow = false;

  const flushRunTo = (record: RowRecord | null) => {
    if (record && roles) {
      for (const r of run) {
        addRow(record, r.texts, r.fills, r.ticks, roles);
      }
    }
    run = [];
  };
  let lastId: string | null = null;
  const expectedNext = (): CodeProvision | undefined => {
    const index = lastId ? options.formProvisions.findIndex((p) => p.id === lastId) : -1;
    return options.formProvisions[index + 1];
  };

  for (const block of blocks) {
    if (block.kind === 'break') {
      breakSinceRow = true;
      continue;
    }
    if (block.kind !== 'row') {
      continue;
    }
    const layout = columns(block);
    const header = headerRoles(layout.texts);
    if (header) {
      roles = header;
      breakSinceRow = true;
      continue;
    }
    if (!roles) {
      continue;
    }
    // A row marked as a header by the format is only a hint: Word files often mark every
    // row "repeat as header", so a row with a provision number is data whatever its mark.
    const markedOnly =
      block.markedHeader &&
      !readProvisionId(layout.texts[Math.max(0, roles.indexOf('provision'))] ?? '');
    if (markedOnly || isSectionRow(block, layout.texts, roles.length)) {
      breakSinceRow = true;
      continue;
    }
    const texts = realignJoinedCells(layout.texts, roles);
    // Without a number column, numbers open the requirement ("1.2 A complaint must …").
    const numberInRequirement = hasHeader && !roles.includes('provision');
    const idColumn = roles.indexOf(numberInRequirement ? 'requirement' : 'provision');
    const idText = (texts[idColumn >= 0 ? idColumn : 0] ?? '').trim();
    const id = idColumn >= 0 || !hasHeader ? readProvisionId(idText) : null;
    const answerText = texts[roles.indexOf('answer')] ?? '';
    const requirementText = texts[roles.indexOf('requirement')] ?? '';
    const fullWidth = texts.length >= roles.length - 1;
    const garbledStart =
      !id &&
      idText !== '' &&
      fullWidth &&
      /^[A-Z]/.test(requirementText.trim()) &&
      (answerText.trim() !== '' || topicScore([requirementText], expectedNext()) >= 0.35);
    const unnumberedStart =
      idColumn < 0 &&
      fullWidth &&
      /^[A-Z]/.test(requirementText.trim()) &&
      answerText.trim() !== '';

    if (id || garbledStart || unnumberedStart) {
      const record = emptyRecord(idText, id?.id ?? null, block.page);
      const next = id ? options.lookup(id.id) : expectedNext();
      const runBelongsToNext =
        run.length > 0 &&
        runAfterBreak &&
        !breakSinceRow &&
        !startsMidSentence(run[0]!.texts, roles) &&
        topicScore(
          run.flatMap((r) => r.texts),
          next,
        ) >
          topicScore(
            run.flatMap((r) => r.texts),
            current?.id ? options.lookup(current.id) : undefined,
          ) +
            0.05;
      flushRunTo(runBelongsToNext ? record : current);
      const ownTexts = id
        ? texts.map((t, c) =>
            c === idColumn && id.rest && roles![c + 1] !== 'requirement' ? id.rest : t,
          )
        : texts;
      addRow(
        record,
        ownTexts.map((t, c) => (c !== idColumn ? t : numberInRequirement ? (id?.rest ?? t) : '')),
        layout.fills,
        layout.ticks,
        roles,
      );
      records.push(record);
      lastId = record.id ?? lastId;
      current = record;
      breakSinceRow = false;
      continue;
    }
    if (run.length === 0) {
      runAfterBreak = breakSinceRow;
    }
    run.push({ texts, fills: layout.fills, ticks: layout.ticks });
    breakSinceRow = false;
  }
  flushRunTo(current);
  return records;
}
