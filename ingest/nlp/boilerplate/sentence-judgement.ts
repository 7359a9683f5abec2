import type { Compliance } from '@ingest/core';
import { concreteWords } from '../lexicon/concrete-words';
import { genericPhrases } from '../lexicon/generic-phrase-lexicon';
import { stripReferences } from '../references/strip-references';
import { measureSpecificity } from '../specificity/specificity';
import { containment } from '../text/shingles';
import { memoise } from '../text/memoise';
import { stem } from '@ingest/code';
import { contentWords, normaliseForComparison, plainWords } from '../text/words';
import { isPointerSentence } from '../references/pointer-sentence';
import { findAdmission } from '../signals/admission';
import { hypotheticalWording } from '../signals/hypothetical';
import { quotesPolicy } from '../signals/policy-quote';
import { namedUnit, restatesRequirement, saysHow } from '../signals/practice';

// The same sentences recur across rows and landlords; these parts depend on the text alone.
const ownText = memoise(stripReferences);
const wordsOf = memoise(contentWords);
const detailsOf = memoise((text: string) => measureSpecificity(text).details);
const phrasesOf = memoise(genericPhrases);
const comparable = memoise(normaliseForComparison);
const pointerOnly = memoise(isPointerSentence);
const admissionIn = memoise(findAdmission);
const hypotheticalIn = memoise(hypotheticalWording);
const quoting = memoise(quotesPolicy);

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
  /** Why the sentence adds no evidence; for a substantive one, what makes it evidence. */
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
 * Judges one sentence of evidence or commentary. Evidence first: a quotation of the
 * landlord's own policy, an admitted gap or dated plan (never boilerplate). Then what adds
 * nothing: a pointer in any wording, a template line, a hypothetical in any tense. Then
 * evidence again: a concrete detail (date, figure, system, role, body, frequency) the
 * requirement does not name, or the explanation of a No. Then generic or copied wording,
 * a restatement (whatever its subject), and last a sentence that says how — someone doing
 * something through a channel or record — or a bare claim. The reason is for an analyst.
 */
export function judgeSentence(text: string, context: SentenceContext): SentenceJudgement {
  const t = SENTENCE_THRESHOLDS;
  const own = ownText(text);
  const words = wordsOf(own);
  const requirement = comparable(context.requirement);
  const requirementWords = new Set(wordsOf(context.requirement));
  const judged = (kind: SentenceKind, reason: string | null): SentenceJudgement => ({
    text,
    kind,
    reason,
  });
  if (quoting(text)) {
    return judged('substantive', "quotes the landlord's own policy");
  }
  const admission = admissionIn(text);
  if (admission) {
    return judged('substantive', admission === 'gap' ? 'admits a gap' : 'a dated plan');
  }
  if (words.length <= t.pointerWords || pointerOnly(text)) {
    return judged('pointer', 'bare document or section pointer');
  }
  if (context.repeats >= Math.max(t.templateRows, context.rowCount * t.templateShare)) {
    return judged('template', `repeated in ${context.repeats} provisions`);
  }
  const phrases = phrasesOf(text);
  const hypothetical =
    hypotheticalIn(text) ?? phrases.find((p) => p.category === 'hypothetical')?.phrase;
  if (hypothetical) {
    return judged('hypothetical', `hypothetical or future-only ("${hypothetical}")`);
  }
  // Details the requirement already names ("five working days", "the MRC") add nothing.
  const details = detailsOf(own).filter((d) => !requirement.includes(comparable(d)));
  if (details.length > 0) {
    return judged('substantive', `concrete detail (${details[0]})`);
  }
  const explainsAnswer =
    context.compliance === 'no' ||
    context.compliance === 'partial' ||
    context.compliance === 'not_applicable';
  if (explainsAnswer && words.length >= t.explanationWords) {
    return judged('substantive', `explains a ${context.compliance.replace('_', ' ')} answer`);
  }
  const practice = concreteWords(words).filter((w) => !requirementWords.has(w));
  const generic = phrases[0];
  const copied = context.repeats >= t.repeatedRows;
  const how = saysHow(text, words, requirementWords);
  // An assurance ("this happens in practice") beside a clause that says how is not empty.
  const assurance = generic?.category === 'generic assurance' && !how;
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
  if (restatesRequirement(words, requirementWords)) {
    return judged('echo', 'restates the requirement');
  }
  if (practice.length > 0) {
    const named = plainWords(text).find((w) => stem(w) === practice[0]) ?? practice[0];
    return judged('substantive', `names a channel, record or team (${named})`);
  }
  if (how) {
    const unit = namedUnit(text);
    return judged('substantive', `says who does what${unit ? ` (${unit})` : ''}`);
  }
  if (containment(new Set(words), requirementWords) >= t.echoContainment) {
    return judged('echo', 'restates the requirement');
  }
  return judged('generic', 'claims compliance without saying how');
}
