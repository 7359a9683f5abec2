import type { Compliance } from '@ingest/core';

/** Answers as a tenant panel would say them. */
export const ANSWER_LABELS: Record<Compliance, string> = {
  yes: 'Says it meets this',
  partial: 'Says it partly meets this',
  no: 'Says it does not meet this',
  not_applicable: 'Says this does not apply to it',
  not_stated: 'Gives no clear answer',
};

/** Evidence with at least this share of concrete words reads as specific. */
const SPECIFIC = 0.15;

/** How convincing the evidence behind an answer is, in plain words. */
export function evidenceLabel(hasText: boolean, boilerplate: boolean, specificity: number): string {
  if (!hasText) {
    return 'No evidence given';
  }
  if (boilerplate) {
    return 'Standard wording, no real detail';
  }
  return specificity >= SPECIFIC
    ? 'Specific evidence (dates, figures, named teams or systems)'
    : 'Some detail';
}

export interface AnswerTally {
  meets: number;
  partlyMeets: number;
  doesNotMeet: number;
  provisions: number;
  boilerplate: number;
  withText: number;
}

/** How a landlord's answers add up, from its responses. */
export function tallyAnswers(
  responses: readonly { compliance: string; boilerplate: boolean; hasText: boolean }[],
): AnswerTally {
  const count = (compliance: string) => responses.filter((r) => r.compliance === compliance).length;
  const withText = responses.filter((r) => r.hasText);
  return {
    meets: count('yes'),
    partlyMeets: count('partial'),
    doesNotMeet: count('no'),
    provisions: responses.length,
    boilerplate: withText.filter((r) => r.boilerplate).length,
    withText: withText.length,
  };
}

/** One sentence that sums up a landlord's assessment. */
export function tallySentence(name: string, t: AnswerTally): string {
  const gaps = t.partlyMeets + t.doesNotMeet;
  const standard = t.withText > 0 ? Math.round((t.boilerplate / t.withText) * 100) : null;
  return [
    `${name} says it meets ${t.meets} of ${t.provisions} requirements`,
    gaps > 0
      ? ` and falls short on ${gaps} (${t.partlyMeets} partly, ${t.doesNotMeet} not at all).`
      : '.',
    standard === null
      ? ' It gives no evidence.'
      : ` ${standard}% of its evidence is standard wording with no real detail.`,
  ].join('');
}
