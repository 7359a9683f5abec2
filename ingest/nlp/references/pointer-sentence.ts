import { contentWords } from '../text/words';
import { stripReferences } from './strip-references';
import lexicon from '../lexicon/generic-phrases.json';
import { stem } from '@ingest/code';

// Where in a document: "point 1.2", "page 6", "para 4(b)", "Part C", "Appendix 2".
const LOCATOR =
  /\b(?:s|points?|paragraphs?|paras?|pages?|pp?|clauses?|sections?|parts?|appendi(?:x|ces)|annex(?:es)?|schedules?|items?|chapters?|questions?|q)\s*\.?\s*(?:\d+(?:\.\d+)*(?:\([a-z]\)|[a-z]\b)?|[A-Z]\b|[ivx]+\b)(?:\s*(?:,|and|&|-|–|to)\s*\d+(?:\.\d+)*)*/gi;
// Another answer of the same assessment: "as 5.1", "see 3.2 above", "same as for 6.4".
const CROSS_REFERENCE =
  /\b(?:as|see|per|same as|ditto|refer to|covered (?:at|in|under))\s+(?:(?:for|in|at|under|with)\s+)?(?:(?:provision|question|answer|response|item)\s+)?\d{1,2}\.\d{1,2}\b/gi;
// A statute or regulation by name: its year is part of the name, not a date of practice.
const STATUTE =
  /\b(?:the\s+)?(?:[A-Z][\w'’]*\s+(?:(?:and|of|for|the)\s+)?){1,6}(?:Act|Regulations|Order|Code)(?:\s+(?:19|20)\d{2})?\b/g;
// A short quoted title ("'Service requests'"): a pointer's label, not a quotation.
const SHORT_QUOTE = /['‘"“](?:[^'’"”\s]+\s*){1,5}['’"”]/g;

const POINTER_WORDS = new Set(lexicon.pointerWords.words.map((w) => stem(w.toLowerCase())));

// The shape of a pointer whatever its verb: up to three words of lead-in ("Look at",
// "Evidence:"), a locator, and the title of what it is in — and nothing else.
const LEAD_AND_LOCATOR = new RegExp(`^\\W*(?:[\\w'’-]+[:\\s]+){0,3}?(?:${LOCATOR.source})`, 'i');
// A title: capitalised words, with the small words titles hold, or "the policy".
const DOCUMENT_NOUN = 'policy|procedure|strategy|report|plan|handbook|guidance|charter|framework';
const TITLE_TAIL = new RegExp(
  `^\\s*,?\\s*(?:(?:of|in|within|under|from)\\s+(?:(?:the|our|this|that)\\s+)?(?:[A-Z][\\w'’&-]*|(?:${DOCUMENT_NOUN}))(?:\\s+(?:[A-Z][\\w'’&-]*|of|and|for|the|on|to|&|${DOCUMENT_NOUN}))*)?\\W*$`,
);

function hasPointerShape(text: string): boolean {
  const lead = LEAD_AND_LOCATOR.exec(text);
  return lead !== null && TITLE_TAIL.test(text.slice(lead[0].length));
}

/**
 * Whether a sentence only points elsewhere: once its document names, locators, statute
 * names, cross-references and short quoted titles are taken out, all it has left are
 * words of pointing ("see", "refer", "as per", "covered under", "our", "annual") — in
 * whatever order or wording. A pointer with a concrete detail left over is not a pointer.
 */
export function isPointerSentence(text: string): boolean {
  if (hasPointerShape(text)) {
    return true;
  }
  const cues = [LOCATOR, CROSS_REFERENCE, STATUTE, SHORT_QUOTE];
  let rest = text;
  for (const cue of cues) {
    rest = rest.replace(cue, ' ');
  }
  rest = stripReferences(rest);
  const words = contentWords(rest).filter((w) => !/^\d+$/.test(w));
  return words.every((w) => POINTER_WORDS.has(w));
}
