import { stem } from '@ingest/code';
import lexicon from './generic-phrases.json';
import { plainWords } from '../text/words';

export interface PhraseMatch {
  category: string;
  phrase: string;
}

interface Entry {
  category: string;
  text: string;
  tokens: string[];
}

const stemAll = (text: string) => plainWords(text).map((w) => stem(w));

const ENTRIES: Entry[] = (lexicon.phrases as { category: string; text: string }[]).map((p) => ({
  ...p,
  tokens: stemAll(p.text),
}));

/** Whether the phrase's words stand in order in the tokens, with at most one extra word between two. */
function occursIn(phrase: readonly string[], tokens: readonly string[]): boolean {
  for (let start = 0; start < tokens.length; start++) {
    if (tokens[start] !== phrase[0]) {
      continue;
    }
    let at = start;
    let matched = 1;
    while (matched < phrase.length) {
      const next =
        tokens[at + 1] === phrase[matched]
          ? at + 1
          : tokens[at + 2] === phrase[matched]
            ? at + 2
            : -1;
      if (next < 0) {
        break;
      }
      at = next;
      matched++;
    }
    if (matched === phrase.length) {
      return true;
    }
  }
  return false;
}

/**
 * The generic phrases of the lexicon (data, not code) that a text contains, matched on
 * stemmed words so that "as set out within" and "sets out" count as the same idea.
 */
export function genericPhrases(text: string): PhraseMatch[] {
  const tokens = stemAll(text);
  return ENTRIES.filter((e) => occursIn(e.tokens, tokens)).map((e) => ({
    category: e.category,
    phrase: e.text,
  }));
}
