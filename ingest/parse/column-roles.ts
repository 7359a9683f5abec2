/** What a table column holds. */
export type ColumnRole =
  | 'provision'
  | 'requirement'
  | 'answer'
  | 'evidence'
  | 'commentary'
  | 'evidenceAndCommentary'
  | 'rag'
  | 'tickYes'
  | 'tickNo'
  | 'tickPartial'
  | 'other';

const HEADER_PATTERNS: ReadonlyArray<readonly [ColumnRole, RegExp]> = [
  [
    'evidenceAndCommentary',
    /evidence.{0,20}(comment|explanation)|(comment|explanation).{0,20}evidence/i,
  ],
  ['tickYes', /^(yes|y)$/i],
  ['tickNo', /^(no|n)$/i],
  ['tickPartial', /^(partial(ly)?|part)$/i],
  ['rag', /^(rag|r\s*\/\s*a\s*\/\s*g|rag (rating|status)|rating|colour|status \(rag\))$/i],
  [
    'answer',
    /compl(y|ied|iant|iance)|yes\s*\/\s*no|\by\s*\/\s*n\b|\bmet\b|achieved|^answer|^response$|^status$|^outcome$/i,
  ],
  [
    'evidence',
    /evidence|supporting (documents|information)|how (do|does) we (comply|evidence|meet)|where evidenced/i,
  ],
  [
    'commentary',
    /comment|explanation|\bnotes?$|remarks|narrative|^(further )?actions?( planned| required)?$|further information/i,
  ],
  [
    'provision',
    /^(code\s+)?(provision|section|clause|ref(erence)?|no\.?|number|#|code|item|para(graph)?)(\s+(no\.?|number|ref))?$/i,
  ],
  [
    'requirement',
    /requirement|^questions?$|what the code says|code (standard|text)|description|^standard$|^provision text$/i,
  ],
];

const PROVISION_ID_START = /^\s*\d{1,2}\s*\.\s*\d{1,2}\b/;

/** The role a header cell names, or null when its words name none. */
export function headerCellRole(text: string): ColumnRole | null {
  const label = text.replace(/\s+/g, ' ').trim();
  if (!label || label.length > 80) {
    return null;
  }
  for (const [role, pattern] of HEADER_PATTERNS) {
    if (pattern.test(label)) {
      return role;
    }
  }
  return null;
}

/**
 * Reads a header row: the role of each column, or null when the row is not a header
 * (fewer than two recognised labels, or a cell that looks like data).
 */
export function headerRoles(cells: readonly string[]): ColumnRole[] | null {
  if (cells.some((text) => PROVISION_ID_START.test(text) || text.split(/\s+/).length > 10)) {
    return null;
  }
  const roles = cells.map((text) => headerCellRole(text));
  const recognised = roles.filter((role) => role !== null);
  const filled = cells.filter((text) => text.trim() !== '').length;
  if (recognised.length < 2 || recognised.length < filled * 0.6) {
    return null;
  }
  if (
    !recognised.some(
      (r) => r === 'answer' || r === 'evidence' || r === 'evidenceAndCommentary' || r === 'tickYes',
    )
  ) {
    return null;
  }
  return roles.map((role) => role ?? 'other');
}

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
