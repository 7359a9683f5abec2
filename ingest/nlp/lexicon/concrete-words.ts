import { stem } from '@ingest/code';
import lexicon from './generic-phrases.json';

const CONCRETE = new Set(lexicon.concreteWords.words.map((w) => stem(w.toLowerCase())));

/** The words of a text (stemmed) that name a channel, artefact, record, meeting or team. */
export function concreteWords(stems: readonly string[]): string[] {
  return stems.filter((s) => CONCRETE.has(s));
}
