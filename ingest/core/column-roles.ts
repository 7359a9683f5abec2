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
    /compl(y|ied|iant|iance)|yes\s*\/\s*no|\by\s*\/\s*n\b|\bmet\b|achieved|^answer|^(our |landlord'?s? )?response$|^(current )?status$|^outcome$|^self[- ]assessment$|^(rag )?assessment$/i,
  ],
  [
    'evidence',
    /evidence|supporting (documents|information)|how (do |does )?(we|the landlord) (comply|evidence|meet|demonstrate|achieve)|where evidenced|^what we do$/i,
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
    /requirement|^questions?$|what the code (says|requires)|code (standard|text)|description|^standard$|^provision text$/i,
  ],
];

/** A cell that starts with a provision number ("1.2", "5.10"). */
export const PROVISION_ID_START = /^\s*\d{1,2}\s*\.\s*\d{1,2}\b/;

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
