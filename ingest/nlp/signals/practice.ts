import { stem } from '@ingest/code';
import lexicon from '../lexicon/generic-phrases.json';
import { concreteWords } from '../lexicon/concrete-words';
import { contentWords, plainWords } from '../text/words';

const PRACTICE_VERBS = new Set(lexicon.practiceVerbs.words);
const POINTER_WORDS = new Set(lexicon.pointerWords.words.map((w) => stem(w)));
const CLAIM_WORDS = new Set(lexicon.claimWords.words.map((w) => stem(w)));
const SAME_IDEA = new Map(
  lexicon.sameIdea.groups.flatMap((group) => group.map((w) => [stem(w), stem(group[0]!)] as const)),
);
// A unit named as such ("the Income Team", "Customer Services"): someone who does the work.
const NAMED_UNIT =
  /\b(?:[A-Z][a-z]+\s+){1,3}(?:[Tt]eam|Unit|Services?|Department|Directorate|Hub|Centre|Center|Desk)\b/;
const PERSON = stem(lexicon.sameIdea.groups[0]![0]!);
// People who do the work, beyond the generic "person" words of the requirement.
const ACTORS = new Set(
  ['adviser', 'advisers', 'advisor', 'advisors', 'staff', 'colleagues', 'contractor'].map((w) =>
    stem(w),
  ),
);
/** New content words a sentence needs, beyond its requirement, to say how. */
const HOW_WORDS = 3;
/** New content words that say how without a known actor or verb: the sentence's own matter. */
const OWN_MATTER_WORDS = 5;

const fold = (w: string) => SAME_IDEA.get(w) ?? w;

/** The sentence's words that its requirement does not already say, read by idea. */
export function novelWords(words: readonly string[], requirement: ReadonlySet<string>): string[] {
  const said = new Set([...requirement].map(fold));
  return words.filter((w) => !said.has(fold(w)) && !/^\d+$/.test(w));
}

/**
 * A restatement, whatever its subject: every idea it names is in the requirement but for
 * at most one word, and none of those is a channel, record or team ("A different officer
 * handles stage 2" under "not the same person at stage 1 and stage 2").
 */
export function restatesRequirement(
  words: readonly string[],
  requirement: ReadonlySet<string>,
): boolean {
  const novel = novelWords(words, requirement);
  return words.length >= 2 && novel.length <= 1 && concreteWords(novel).length === 0;
}

/**
 * Whether a sentence (its full text, and its words once pointers are taken out) says how: someone or something (a team, role, channel or record)
 * doing something (a verb of practice) and at least three words of its own beyond the
 * requirement — who does what, through which channel, under what condition — with or
 * without a date or a figure. Or, whoever acts, five words of its own matter beyond the
 * requirement, the words of pointing and the words of generic claims.
 */
export function saysHow(
  text: string,
  words: readonly string[],
  requirement: ReadonlySet<string>,
): boolean {
  // The actor may be a document ("Acknowledgement letters ask …"), which pointers strip.
  const all = contentWords(text);
  const actor =
    NAMED_UNIT.test(text) ||
    concreteWords(all).length > 0 ||
    all.some((w) => fold(w) === PERSON || ACTORS.has(w));
  const acts = plainWords(text).some((w) => PRACTICE_VERBS.has(w));
  const novel = novelWords(words, requirement).filter((w) => !POINTER_WORDS.has(w));
  const ownMatter = novel.filter((w) => !CLAIM_WORDS.has(w));
  return (actor && acts && novel.length >= HOW_WORDS) || ownMatter.length >= OWN_MATTER_WORDS;
}

/** A named team or service in the sentence, as written, or null. */
export function namedUnit(text: string): string | null {
  return NAMED_UNIT.exec(text)?.[0] ?? null;
}
