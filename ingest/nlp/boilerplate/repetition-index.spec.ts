import { jaccard, shingles } from '../text/shingles';
import { plainWords } from '../text/words';
import { RepetitionIndex } from './repetition-index';

const VOCABULARY =
  'complaints are logged and reviewed by the team each month with learning shared across services and reported to the board'.split(
    ' ',
  );

/** A seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** Sentences of 2–30 words, many of them copies of others with a word or two changed. */
function sentencesByRow(seed: number): string[][] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const made: string[] = [];
  return Array.from({ length: 40 }, () =>
    Array.from({ length: 1 + Math.floor(next() * 4) }, () => {
      let words: string[];
      if (made.length > 0 && next() < 0.5) {
        words = pick(made).split(' ');
        for (let edits = Math.floor(next() * 3); edits > 0; edits--) {
          words[Math.floor(next() * words.length)] = pick(VOCABULARY);
        }
        if (next() < 0.3) {
          words.push(pick(VOCABULARY));
        }
      } else {
        words = Array.from({ length: 2 + Math.floor(next() * 29) }, () => pick(VOCABULARY));
      }
      const sentence = words.join(' ');
      made.push(sentence);
      return sentence;
    }),
  );
}

/** Every pair compared: the rows of each sentence and of each sentence close to it. */
function rowsByComparingAll(rows: readonly string[][], sentence: string): number {
  const key = plainWords(sentence);
  const found = new Set<number>();
  rows.forEach((sentences, row) => {
    for (const other of sentences) {
      const words = plainWords(other);
      if (words.length < 4 || key.length < 4) {
        continue;
      }
      if (
        words.join(' ') === key.join(' ') ||
        jaccard(shingles(words, 3), shingles(key, 3)) >= 0.8
      ) {
        found.add(row);
      }
    }
  });
  return Math.max(1, found.size);
}

describe('RepetitionIndex', () => {
  it.each([1, 2, 3, 4, 5])(
    'counts the rows of copies and near copies as comparing every pair does (seed %i)',
    (seed) => {
      const rows = sentencesByRow(seed);
      const index = new RepetitionIndex(rows);
      const counts = rows.flat().map((s) => [index.rowsWith(s), rowsByComparingAll(rows, s)]);
      expect(counts.map(([fast]) => fast)).toEqual(counts.map(([, all]) => all));
      expect(counts.some(([fast]) => fast! > 1)).toBe(true);
    },
  );

  it('names the sentence repeated in most provisions', () => {
    const shared = 'Complaints are reviewed by the board every quarter';
    const index = new RepetitionIndex([[shared], ['Something else entirely here'], [shared]]);
    expect(index.mostRepeated()).toEqual({
      sentence: plainWords(shared).join(' '),
      rows: [0, 2],
    });
  });
});
