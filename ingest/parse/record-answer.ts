import type { Compliance } from '@ingest/core';
import { normaliseCompliance } from './answer-normaliser';
import { leadingAnswer } from './leading-answer';
import { joinParts, type RowRecord } from './row-record';

/** Where a response's answer was read from. */
export type AnswerSource = 'cell' | 'tick' | 'text' | 'none';

export interface RecordAnswer {
  compliance: Compliance;
  rawAnswer: string;
  evidence: string;
  commentary: string;
  answerFrom: AnswerSource;
}

/** Below this many words, what follows an answer in its own cell is part of it ("Yes – see note"). */
const MIN_MOVED_WORDS = 4;

function tickedAnswer(record: RowRecord): Compliance | null {
  const { ticks } = record;
  return ticks.partial ? 'partial' : ticks.no ? 'no' : ticks.yes ? 'yes' : null;
}

/**
 * A record's answer and texts. The answer comes from a tick column, the answer cell, or,
 * where there is neither, the start of the evidence or commentary ("Yes. We …",
 * "Compliant: Yes", "No, because …"), which is then taken out of that text. A long answer
 * cell that opens with the answer ("Yes. All staff …") keeps the answer and gives the rest
 * to the evidence.
 */
export function recordAnswer(record: RowRecord): RecordAnswer {
  const rawAnswer = joinParts(record.parts.answer);
  const evidence = joinParts(record.parts.evidence);
  const commentary = joinParts(record.parts.commentary);
  const ticked = tickedAnswer(record);
  if (ticked) {
    return {
      compliance: ticked,
      rawAnswer: rawAnswer || ticked,
      evidence,
      commentary,
      answerFrom: 'tick',
    };
  }
  if (rawAnswer) {
    const lead = leadingAnswer(rawAnswer);
    const moves = lead !== null && lead.rest.split(/\s+/).length >= MIN_MOVED_WORDS;
    return {
      compliance: normaliseCompliance(moves ? lead.answer : rawAnswer, evidence),
      rawAnswer: moves ? lead.answer : rawAnswer,
      evidence: moves ? joinParts([lead.rest, evidence]) : evidence,
      commentary,
      answerFrom: 'cell',
    };
  }
  const fromEvidence = evidence ? leadingAnswer(evidence) : null;
  const fromCommentary = !fromEvidence && commentary ? leadingAnswer(commentary) : null;
  const lead = fromEvidence ?? fromCommentary;
  if (!lead) {
    const compliance = normaliseCompliance('', evidence);
    return { compliance, rawAnswer, evidence, commentary, answerFrom: 'none' };
  }
  const compliance = normaliseCompliance(lead.answer);
  if (compliance === 'not_applicable') {
    // "N/A – we have no leaseholders": the words after N/A are the explanation, kept whole.
    return { compliance, rawAnswer: lead.answer, evidence, commentary, answerFrom: 'text' };
  }
  return {
    compliance,
    rawAnswer: lead.answer,
    evidence: fromEvidence ? lead.rest : evidence,
    commentary: fromCommentary ? lead.rest : commentary,
    answerFrom: 'text',
  };
}
