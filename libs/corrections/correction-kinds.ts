/**
 * What a correction changes. Response kinds change one field of a response; provision kinds
 * add a row the extractor missed or remove one it made wrongly; assessment kinds change the
 * assessment's own values; `confirmed` changes nothing and records that an analyst checked
 * a response and found it right (the denominator of agreement).
 */
export type CorrectionKind =
  | 'compliance'
  | 'evidence'
  | 'commentary'
  | 'provision_added'
  | 'provision_removed'
  | 'landlord'
  | 'period'
  | 'year'
  | 'confirmed';

export const CORRECTION_KINDS: readonly CorrectionKind[] = [
  'compliance',
  'evidence',
  'commentary',
  'provision_added',
  'provision_removed',
  'landlord',
  'period',
  'year',
  'confirmed',
];

/** Kinds that change one field of a response row, and that field's column. */
export const RESPONSE_FIELDS = {
  compliance: 'compliance',
  evidence: 'evidence',
  commentary: 'commentary',
} as const;
export type ResponseFieldKind = keyof typeof RESPONSE_FIELDS;

/** Kinds that change the assessment itself rather than one of its responses. */
export const ASSESSMENT_KINDS: readonly CorrectionKind[] = ['landlord', 'period', 'year'];

/** Kinds that add or remove a whole response row. */
export const PROVISION_KINDS: readonly CorrectionKind[] = ['provision_added', 'provision_removed'];

export const isResponseField = (kind: CorrectionKind): kind is ResponseFieldKind =>
  Object.hasOwn(RESPONSE_FIELDS, kind);

/** What a provision kind compares: a row's answer and text, or null for no row. */
export interface RowValue {
  provision: string;
  compliance: string;
  evidence: string;
  commentary: string;
}

/**
 * Whether two values of one kind are the same, as a new version of the document is compared
 * with a correction's old value: rows by their answer and text only (a row that moved to
 * another page is the same row).
 */
export function sameValue(kind: CorrectionKind, a: unknown, b: unknown): boolean {
  if (PROVISION_KINDS.includes(kind) || kind === 'confirmed') {
    const row = (v: unknown) => {
      const r = v as RowValue | null;
      return r ? [r.compliance, r.evidence, r.commentary].join('\u0000') : null;
    };
    return row(a) === row(b);
  }
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
