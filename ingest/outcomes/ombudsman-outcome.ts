export const FINDING_OUTCOMES = [
  'severe_maladministration',
  'maladministration',
  'service_failure',
  'reasonable_redress',
  'no_maladministration',
  'outside_jurisdiction',
] as const;
export type FindingOutcome = (typeof FINDING_OUTCOMES)[number];

/** Findings that say the landlord got it wrong. */
export const UPHELD: readonly FindingOutcome[] = [
  'severe_maladministration',
  'maladministration',
  'service_failure',
];

// Most specific first: "no maladministration" and "severe maladministration" both contain
// "maladministration".
const WORDINGS: [RegExp, FindingOutcome][] = [
  [/\bno maladministration\b/, 'no_maladministration'],
  [/\bsevere maladministration\b/, 'severe_maladministration'],
  [/\bmaladministration\b/, 'maladministration'],
  [/\bservice failure\b/, 'service_failure'],
  [/\breasonable redress\b/, 'reasonable_redress'],
  [/\boutside (of )?(the )?jurisdiction\b/, 'outside_jurisdiction'],
];

/** A finding's outcome as published ("Severe Maladministration", "Service failure"), or null. */
export function findingOutcome(text: string): FindingOutcome | null {
  const words = text.toLowerCase().replace(/[^a-z]+/g, ' ');
  return WORDINGS.find(([pattern]) => pattern.test(words))?.[1] ?? null;
}
