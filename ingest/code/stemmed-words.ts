import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';

const STOP_WORDS = new Set(
  'a an and are as at be been by can do for from has have if in into is it its must not of on or should so that the their them there these they this to was we were when where which will with'.split(
    ' ',
  ),
);

const stemCache = new Map<string, string>();

/** Porter stem of one lower-case word, cached: the same few thousand words recur endlessly. */
export function stem(word: string): string {
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    stemmed = PorterStemmer.stem(word);
    stemCache.set(word, stemmed);
  }
  return stemmed;
}

/** Lower-cased, stemmed content words of a text, in order (numbers kept). */
export function stemmedWords(text: string): string[] {
  const words = text.toLowerCase().match(/[a-z]+|\d+/g) ?? [];
  return words.filter((word) => !STOP_WORDS.has(word)).map(stem);
}
