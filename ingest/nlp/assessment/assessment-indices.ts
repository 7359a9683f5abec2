import type { RepetitionIndex } from '../boilerplate/repetition-index';
import type { AnalysedResponse } from './analyse-assessment';

/** One assessment summed up for comparison with others. */
export interface AssessmentIndices {
  responses: number;
  /** Share of judged responses flagged as boilerplate, 0–1. */
  boilerplateShare: number;
  meanSpecificity: number;
  unsupported: number;
  contradicted: number;
  mostRepeatedSentence: { sentence: string; provisions: string[] } | null;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function assessmentIndices(
  responses: readonly AnalysedResponse[],
  repetition: RepetitionIndex,
  provisions: readonly string[],
): AssessmentIndices {
  const own = responses.filter((r) => !r.mergedInto);
  const judged = own.filter((r) => r.evidence || r.commentary);
  const repeated = repetition.mostRepeated();
  return {
    responses: own.length,
    boilerplateShare:
      judged.length === 0
        ? 0
        : round(judged.filter((r) => r.boilerplate.flag).length / judged.length),
    meanSpecificity:
      judged.length === 0
        ? 0
        : round(judged.reduce((s, r) => s + r.specificity.score, 0) / judged.length),
    unsupported: own.filter((r) =>
      r.boilerplate.reasons.some((reason) => reason.startsWith('unsupported claim')),
    ).length,
    contradicted: own.filter((r) => r.contradiction !== null).length,
    mostRepeatedSentence: repeated
      ? { sentence: repeated.sentence, provisions: repeated.rows.map((row) => provisions[row]!) }
      : null,
  };
}
