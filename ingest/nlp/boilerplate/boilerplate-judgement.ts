import type { Compliance } from '@ingest/core';
import type { SentenceJudgement } from './sentence-judgement';

/** The boilerplate verdict on one response, with its reasons in plain words. */
export interface BoilerplateJudgement {
  flag: boolean;
  /** Share of the response's words in sentences that add no evidence, 0–1. */
  score: number;
  reasons: string[];
  /** Each sentence with its verdict, so readers can see which parts are boilerplate and why. */
  sentences: SentenceJudgement[];
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * A response is boilerplate when none of its sentences is substantive; its score is the
 * share of its words in non-substantive sentences (as Lang & Stice-Lawrence weigh
 * boilerplate sentences by their words), and its reasons are those sentences' reasons.
 */
export function judgeBoilerplate(
  sentences: readonly SentenceJudgement[],
  compliance: Compliance,
): BoilerplateJudgement {
  if (sentences.length === 0) {
    const unsupported = compliance === 'yes' || compliance === 'partial';
    return {
      flag: unsupported,
      score: unsupported ? 1 : 0,
      reasons: unsupported ? ['unsupported claim: no evidence and no commentary'] : [],
      sentences: [],
    };
  }
  const total = sentences.reduce((sum, s) => sum + wordCount(s.text), 0);
  const empty = sentences.filter((s) => s.kind !== 'substantive');
  const emptyWords = empty.reduce((sum, s) => sum + wordCount(s.text), 0);
  const reasons = [...new Set(empty.map((s) => s.reason).filter((r): r is string => r !== null))];
  return {
    flag: empty.length === sentences.length,
    score: total === 0 ? 0 : Math.round((emptyWords / total) * 100) / 100,
    reasons,
    sentences: [...sentences],
  };
}
