import { jaccard, shingles } from '../text/shingles';
import { plainWords } from '../text/words';

const NEAR_DUPLICATE = 0.8;
const MIN_WORDS = 4;

interface Entry {
  row: number;
  key: string;
  shingleSet: Set<string>;
}

/**
 * Counts, for each sentence of an assessment, how many of its provisions say the same
 * thing: word for word after normalisation, or near enough (Jaccard ≥ 0.8 on word
 * 3-shingles), which suits cells of 5–80 words better than SimHash.
 */
export class RepetitionIndex {
  private readonly rowsByKey = new Map<string, Set<number>>();
  /** Each sentence's normalised words, as its key: the caller asks of the same sentences. */
  private readonly keyOf = new Map<string, string>();

  constructor(sentencesByRow: readonly (readonly string[])[]) {
    const entries: Entry[] = [];
    sentencesByRow.forEach((sentences, row) => {
      for (const sentence of sentences) {
        const words = plainWords(sentence);
        this.keyOf.set(sentence, words.join(' '));
        if (words.length < MIN_WORDS) {
          continue;
        }
        entries.push({ row, key: words.join(' '), shingleSet: shingles(words, 3) });
      }
    });
    for (const a of entries) {
      const rows = this.rowsByKey.get(a.key) ?? new Set<number>();
      rows.add(a.row);
      this.rowsByKey.set(a.key, rows);
    }
    // Near copies: each sentence also counts the rows of the sentences close to it. Two sets
    // can reach a Jaccard of t only if the smaller holds t of the larger's size, so with the
    // sentences in size order each is compared only with those up to 1/t its size.
    const unique = [...new Map(entries.map((e) => [e.key, e])).values()].sort(
      (a, b) => a.shingleSet.size - b.shingleSet.size,
    );
    const near = new Map<string, Set<number>>();
    for (let i = 0; i < unique.length; i++) {
      const largest = unique[i]!.shingleSet.size / NEAR_DUPLICATE;
      for (let j = i + 1; j < unique.length && unique[j]!.shingleSet.size <= largest; j++) {
        const [a, b] = [unique[i]!, unique[j]!];
        if (jaccard(a.shingleSet, b.shingleSet) < NEAR_DUPLICATE) {
          continue;
        }
        for (const [x, y] of [
          [a, b],
          [b, a],
        ] as const) {
          const rows = near.get(x.key) ?? new Set(this.rowsByKey.get(x.key));
          for (const r of this.rowsByKey.get(y.key) ?? []) {
            rows.add(r);
          }
          near.set(x.key, rows);
        }
      }
    }
    for (const [key, rows] of near) {
      this.rowsByKey.set(key, rows);
    }
  }

  /** In how many provisions the sentence, or a near copy, appears (1 when only its own). */
  rowsWith(sentence: string): number {
    const key = this.keyOf.get(sentence) ?? plainWords(sentence).join(' ');
    return this.rowsByKey.get(key)?.size ?? 1;
  }

  /** The sentence repeated in most provisions, with those rows. */
  mostRepeated(): { sentence: string; rows: number[] } | null {
    let best: [string, Set<number>] | null = null;
    for (const entry of this.rowsByKey) {
      if (!best || entry[1].size > best[1].size) {
        best = entry;
      }
    }
    return best && best[1].size > 1
      ? { sentence: best[0], rows: [...best[1]].sort((a, b) => a - b) }
      : null;
  }
}
