import type { Compliance } from '@ingest/core';
import { concreteWords } from '../lexicon/concrete-words';
import { genericPhrases } from '../lexicon/generic-phrase-lexicon';
import { stripReferences } from '../references/strip-references';
import { measureSpecificity } from '../specificity/specificity';
import { containment } from '../text/shingles';
import { memoise } from '../text/memoise';
import { contentWords, normaliseForComparison } from '../text/words';

// The same sentences recur across rows and landlords; these parts depend on the text alone.
const ownText = memoise(stripReferences);
const wordsOf = memoise(contentWords);
const detailsOf = memoise((text: string) => measureSpecificity(text).details);
const phrasesOf = memoise(genericPhrases);
const comparable = memoise(normaliseForComparison);

/** Why a sentence adds no evidence of its own, or 'substantive' when it does. */
export type SentenceKind =
  | 'pointer'
  | 'template'
  | 'hypothetical'
  | 'echo'
  | 'generic'
  | 'repeated'
  | 'sector'
  | 'substantive';

export interface SentenceJudgement {
  text: string;
  kind: SentenceKind;
  reason: string | null;
}

export interface SentenceContext {
  /** The provision's requirement, as the document gives it. */
  requirement: string;
  compliance: Compliance;
  /** In how many provisions of this assessment the sentence (or a near copy) appears. */
  repeats: number;
  /** Rows in the assessment, to tell a template line from an occasional repeat. */
  rowCount: number;
  /** How many landlords share the sentence's boilerplate 4-grams, out of how many (0 when unknown). */
  sector?: { sharedBy: number; landlords: number };
}

/** Thresholds of the judgement, named so they can be reviewed together. */
export const SENTENCE_THRESHOLDS = {
  /** Content words left after pointers are removed, at or below which a sentence is a pointer. */
  pointerWords: 2,
  /** Share of the assessment's rows a sentence must stand in to count as a template line. */
  templateShare: 0.25,
  /** Least number of provisions for a template line. */
  templateRows: 3,
  /** Provisions a sentence without details must stand in to count as copied. */
  repeatedRows: 2,
  /** Share of the sentence's words found in the requirement for it to be an echo. */
  echoContainment: 0.6,
  /** Content words an explanation of a No, Partial or N/A answer needs to count as one. */
  explanationWords: 3,
} as const;

/**
 * Judges one sentence of evidence or commentary: a bare pointer, a template line, a
 * hypothetical, a restatement of the requirement, a copy, a claim that says nothing of
 * how — or real evidence: a concrete detail (date, figure, system, role, body, frequency)
 * or a named channel, record or team that the requirement itself does not mention. The
 * reason is written for an analyst.
 */
export function judgeSentence(text: string, context: SentenceContext): SentenceJudgement {
  const t = SENTENCE_THRESHOLDS;
  const own = ownText(text);
  const words = wordsOf(own);
  const requirement = comparable(context.requirement);
  const requirementWords = new Set(wordsOf(context.requirement));
  // Details the requirement already names ("five working days", "the MRC") add nothing.
  const details = detailsOf(own).filter((d) => !requirement.includes(comparable(d)));
  const practice = concreteWords(words).filter((w) => !requirementWords.has(w));
  const phrases = phrasesOf(text);
  const judged = (kind: SentenceKind, reason: string | null): SentenceJudgement => ({
    text,
    kind,
    reason,
  });

  if (words.length <= t.pointerWords) {
    return judged('pointer', 'bare document or section pointer');
  }
  if (context.repeats >= Math.max(t.templateRows, context.rowCount * t.templateShare)) {
    return judged('template', `repeated in ${context.repeats} provisions`);
  }
  if (details.length > 0) {
    return judged('substantive', null);
  }
  const hypothetical = phrases.find((p) => p.category === 'hypothetical');
  if (hypothetical) {
    return judged('hypothetical', `hypothetical or future-only ("${hypothetical.phrase}")`);
  }
  const explainsAnswer =
    context.compliance === 'no' ||
    context.compliance === 'partial' ||
    context.compliance === 'not_applicable';
  if (explainsAnswer && words.length >= t.explanationWords) {
    return judged('substantive', null);
  }
  const generic = phrases[0];
  const copied = context.repeats >= t.repeatedRows;
  const assurance = generic?.category === 'generic assurance';
  if (generic && (copied || assurance || practice.length === 0)) {
    return judged('generic', `generic wording ("${generic.phrase}")`);
  }
  if (copied && practice.length === 0) {
    return judged('repeated', `repeated in ${context.repeats} provisions`);
  }
  const sector = context.sector;
  if (sector && sector.sharedBy > 0 && practice.length === 0) {
    return judged('sector', `wording used by ${sector.sharedBy} of ${sector.landlords} landlords`);
  }
  if (practice.length > 0) {
    return judged('substantive', null);
  }
  if (containment(new Set(words), requirementWords) >= t.echoContainment) {
    return judged('echo', 'restates the requirement');
  }
  return judged('generic', 'claims compliance without saying how');
}
