import { PROVISION_ID_START, type ColumnRole } from '@ingest/core';

const ANSWER_WORD =
  /^(y|ye|yes|no|n|partial(ly)?( compliant| met)?|n\/?a|not applicable|compliant|non[- ]compliant|not compliant|met|not met)\b/i;

/**
 * Guesses roles for a table with no header: the column of provision numbers, the column
 * of short Yes/No answers, and the text columns around them (requirement before the
 * answer, then evidence, then commentary).
 */
export function inferRoles(rows: readonly string[][]): ColumnRole[] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const share = (column: number, test: (text: string) => boolean) => {
    const filled = rows.map((r) => r[column] ?? '').filter((t) => t.trim() !== '');
    return filled.length === 0 ? 0 : filled.filter(test).length / filled.length;
  };
  const roles: ColumnRole[] = Array.from({ length: width }, () => 'other');
  let idColumn = -1;
  let answerColumn = -1;
  for (let c = 0; c < width; c++) {
    if (idColumn < 0 && share(c, (t) => PROVISION_ID_START.test(t)) > 0.6) {
      idColumn = c;
    } else if (
      answerColumn < 0 &&
      share(c, (t) => ANSWER_WORD.test(t.trim()) && t.length < 40) > 0.6
    ) {
      answerColumn = c;
    }
  }
  if (idColumn >= 0) {
    roles[idColumn] = 'provision';
  }
  if (answerColumn >= 0) {
    roles[answerColumn] = 'answer';
  }
  const textColumns = roles.map((role, c) => (role === 'other' ? c : -1)).filter((c) => c >= 0);
  const before = textColumns.filter((c) => answerColumn < 0 || c < answerColumn);
  const after = textColumns.filter((c) => answerColumn >= 0 && c > answerColumn);
  if (before[0] !== undefined) {
    roles[before[0]] = 'requirement';
  }
  const [evidence, commentary] = answerColumn >= 0 ? after : before.slice(1);
  if (evidence !== undefined) {
    roles[evidence] = 'evidence';
  }
  if (commentary !== undefined) {
    roles[commentary] = 'commentary';
  }
  return roles;
}
