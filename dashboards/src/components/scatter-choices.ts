/** What the claims-against-outcomes scatter can set across and which tenure's figures it shows. */

export type ScatterClaim = 'DECLARED_COMPLIANCE' | 'EVIDENCE_QUALITY';
export type Tenure = 'COMBINED' | 'LCRA' | 'LCHO';

export interface ScatterPoint {
  landlord: { id: string; name: string; kind: string };
  claim: number;
  yes: number;
  stated: number;
  evidenced: number;
  withText: number;
  value: number;
  period: string;
}

export interface OutcomeScatter {
  measure: string;
  tenure: Tenure;
  claim: ScatterClaim;
  available: string[];
  tenures: Tenure[];
  claiming: number;
  measured: number;
  points: ScatterPoint[];
  medianClaim: number | null;
  medianValue: number | null;
}

interface ClaimWords {
  /** As a choice and in the table's heading. */
  label: string;
  /** In a sentence: "declared compliance". */
  phrase: string;
  /** What a landlord needs for the figure: "stated answers". */
  having: string;
  /** In a point's title after its share: "61% declared". */
  short: string;
  axis: string;
  /** Heading and cell of the counts it is made of. */
  counts: string;
  countsOf: (p: ScatterPoint) => string;
}

export const CLAIMS: Record<ScatterClaim, ClaimWords> = {
  DECLARED_COMPLIANCE: {
    label: 'Declared compliance',
    phrase: 'declared compliance',
    having: 'stated answers',
    short: 'declared',
    axis: 'Declared compliance: stated answers that are yes (%)',
    counts: 'Yes of stated answers',
    countsOf: (p) => `${p.yes} of ${p.stated}`,
  },
  // The landlords directory calls it so: answers with evidence that is not standard wording.
  EVIDENCE_QUALITY: {
    label: 'Evidence with real detail',
    phrase: 'evidence with real detail',
    having: 'evidence to judge',
    short: 'evidence with real detail',
    axis: 'Evidence with real detail: answers with evidence that is not standard wording (%)',
    counts: 'Not standard wording, of answers with evidence',
    countsOf: (p) => `${p.evidenced} of ${p.withText}`,
  },
};

export const TENURES: Record<Tenure, string> = {
  COMBINED: 'Both tenures together',
  LCRA: 'Low cost rental',
  LCHO: 'Low cost home ownership',
};

const TENURE_WORDS: Record<Tenure, string> = {
  COMBINED: '',
  LCRA: ' (low cost rental)',
  LCHO: ' (low cost home ownership)',
};

/** The measure as the chart names it: "CH02 stage 1", "TP09 (low cost rental)". */
export const measureName = (measure: string, tenure: Tenure): string =>
  `${measure}${TENURE_WORDS[tenure]}`;

const oneOf = <T extends string>(value: string | null, choices: Record<T, unknown>): T | null =>
  value !== null && Object.hasOwn(choices, value) ? (value as T) : null;

/** The link's claim figure and tenure; an unknown value in a link is left to the API's default. */
export const scatterChoices = (params: URLSearchParams) => ({
  claim: oneOf(params.get('claim'), CLAIMS) ?? undefined,
  tenure: oneOf(params.get('tenure'), TENURES) ?? undefined,
});
