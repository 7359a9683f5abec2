import type { ConfidenceLevel, DocumentStructure, ExtractionConfidence } from '@ingest/core';

/**
 * Where a response's answer came from: read from its answer cell, tick box or label;
 * inferred (a merged row's host answer, or "N/A" in the evidence); an answer cell whose
 * words are no recognised answer; or nothing at all.
 */
export type AnswerSource = 'read' | 'inferred' | 'unreadable' | 'missing';

export interface ResponseSignals {
  answerSource: AnswerSource;
  /** The provision number was resolved from the row's place and requirement text. */
  idGuessed: boolean;
  /** Repairs the reader reported on the row itself (its record's warnings). */
  repairs: number;
}

export interface DocumentSignals {
  structure: DocumentStructure;
  /** Provisions the edition's form has; null when the edition is unknown. */
  provisionsExpected: number | null;
  responses: readonly ResponseSignals[];
}

const ANSWER_WEIGHT: Record<AnswerSource, number> = {
  read: 1,
  inferred: 0.6,
  unreadable: 0.3,
  missing: 0.2,
};
const STRUCTURE_WEIGHT: Record<DocumentStructure, number> = {
  table: 1,
  labelled: 1,
  table_without_header: 0.9,
  none: 0,
};
/** Below this share of answered provisions the answers were most likely not read at all. */
const LOW_ANSWERED = 0.5;
/** Real documents leave up to a quarter of answers blank (a section not filled in). */
const HIGH_ANSWERED = 0.7;
const LOW_FOUND = 0.25;
const HIGH_FOUND = 0.9;
const HIGH_GUESSED = 0.15;

const round = (value: number, places: number) => Number(value.toFixed(places));

/** 0..1 for one response: its answer's source, discounted for a guessed number or repairs. */
export function responseConfidence(signals: ResponseSignals): number {
  const guessed = signals.idGuessed ? 0.8 : 1;
  return round(
    ANSWER_WEIGHT[signals.answerSource] * guessed * 0.9 ** Math.min(signals.repairs, 5),
    2,
  );
}

const answered = (s: ResponseSignals) => s.answerSource === 'read' || s.answerSource === 'inferred';
const guessed = (s: ResponseSignals) =>
  s.answerSource === 'inferred' || s.idGuessed || s.repairs > 0;

/**
 * How sure the reader is of a document: `low` when no provisions were found, when fewer
 * than half of those found have a readable answer (the answer column is an image, or
 * somewhere the reader did not look), or when under a quarter of the form was found;
 * `medium` when the edition is unknown, under 70% are answered, under 90% of the form was
 * found, or over 15% of responses had a part guessed; `high` otherwise. Every reason is a
 * plain sentence for the analyst.
 */
export function extractionConfidence(signals: DocumentSignals): ExtractionConfidence {
  const { structure, provisionsExpected: expected, responses } = signals;
  const found = responses.length;
  const answeredCount = responses.filter(answered).length;
  const guessedCells = responses.filter(guessed).length;
  const answeredShare = found > 0 ? answeredCount / found : 0;
  const foundShare = expected ? Math.min(1, found / expected) : found > 0 ? 0.5 : 0;
  const meanResponse =
    found > 0 ? responses.reduce((sum, s) => sum + responseConfidence(s), 0) / found : 0;
  const reasons: string[] = [];
  const levels: ConfidenceLevel[] = [];
  const note = (level: ConfidenceLevel, reason: string) => {
    levels.push(level);
    reasons.push(reason);
  };
  if (structure === 'none' || found === 0) {
    note('low', 'no provision table or list was found');
  } else {
    if (structure === 'table_without_header') {
      note('high', 'the table has no recognised header row: its columns were inferred');
    }
    const unanswered = found - answeredCount;
    if (answeredShare < LOW_ANSWERED) {
      note(
        'low',
        `${unanswered} of ${found} provisions have no readable answer: the answer column may be an image or in an unusual place`,
      );
    } else if (unanswered > 0) {
      note(
        answeredShare < HIGH_ANSWERED ? 'medium' : 'high',
        `${unanswered} of ${found} provisions have no readable answer`,
      );
    }
    if (expected === null) {
      note('medium', 'the edition of the Code is unknown, so missing provisions cannot be counted');
    } else if (found < expected) {
      const share = found / expected;
      note(
        share < LOW_FOUND ? 'low' : share < HIGH_FOUND ? 'medium' : 'high',
        `${found} of the ${expected} provisions of the form were found`,
      );
    }
    if (guessedCells > 0) {
      note(
        guessedCells / found > HIGH_GUESSED ? 'medium' : 'high',
        `${guessedCells} of ${found} responses had a part guessed (a number resolved from text, a merged row, an inferred answer or a repaired row)`,
      );
    }
  }
  const level: ConfidenceLevel = levels.includes('low')
    ? 'low'
    : levels.includes('medium')
      ? 'medium'
      : 'high';
  return {
    level,
    score: round(STRUCTURE_WEIGHT[structure] * (0.3 * foundShare + 0.7 * meanResponse), 3),
    structure,
    provisionsFound: found,
    provisionsExpected: expected,
    answeredShare: round(answeredShare, 3),
    guessedCells,
    reasons,
  };
}
