import { stemmedWords } from '@ingest/code';

const NUMBER_WORDS: Record<string, string> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  twelve: '12',
  fifteen: '15',
  twenty: '20',
  thirty: '30',
};

/** Lower-case word tokens with number words as digits, punctuation gone: for comparing texts. */
export function plainWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+(?:['’][a-z]+)?/g) ?? []).map(
    (w) => NUMBER_WORDS[w] ?? w,
  );
}

/** A text reduced to a comparable key: plain words joined by single spaces. */
export function normaliseForComparison(text: string): string {
  return plainWords(text).join(' ');
}

/** Stemmed content words (stop words dropped), number words as digits. */
export function contentWords(text: string): string[] {
  return stemmedWords(plainWords(text).join(' '));
}
