/** The five normalised answers a self-assessment row can carry. */
export const COMPLIANCE_VALUES = ['yes', 'no', 'partial', 'not_applicable', 'not_stated'] as const;
export type Compliance = (typeof COMPLIANCE_VALUES)[number];

/** Red/amber/green rating where the document has one. */
export type Rag = 'green' | 'amber' | 'red';
