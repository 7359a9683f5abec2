import {
  evidenceVariants,
  type Bank,
  type Variant,
  type VariantClass,
} from '../../../test/support/evidence-variants';
import { splitSentences } from '../text/sentences';
import { judgeBoilerplate } from './boilerplate-judgement';
import { judgeSentence } from './sentence-judgement';

function flagged(variant: Variant): boolean {
  const sentences = splitSentences(variant.text).map((text) =>
    judgeSentence(text, {
      requirement: variant.requirement,
      compliance: variant.compliance,
      repeats: 1,
      rowCount: 72,
    }),
  );
  return judgeBoilerplate(sentences, variant.compliance).flag;
}

function score(bank: Bank) {
  const variants = evidenceVariants(bank);
  const counts = { tp: 0, fp: 0, fn: 0 };
  const byClass = new Map<VariantClass, { right: number; total: number }>();
  for (const variant of variants) {
    const flag = flagged(variant);
    if (flag && variant.boilerplate) {
      counts.tp++;
    } else if (flag) {
      counts.fp++;
    } else if (variant.boilerplate) {
      counts.fn++;
    }
    const tally = byClass.get(variant.kind) ?? { right: 0, total: 0 };
    tally.total++;
    if (flag === variant.boilerplate) {
      tally.right++;
    }
    byClass.set(variant.kind, tally);
  }
  return {
    precision: counts.tp / (counts.tp + counts.fp),
    recall: counts.tp / (counts.tp + counts.fn),
    byClass,
    size: variants.length,
  };
}

describe('boilerplate judgement on generated wording variants', () => {
  it('should generate the same variants every time, with no sentence shared by the two banks', () => {
    expect(evidenceVariants('heldOut')).toEqual(evidenceVariants('heldOut'));
    const tuning = new Set(evidenceVariants('tuning').map((v) => v.text));
    expect(evidenceVariants('heldOut').filter((v) => tuning.has(v.text))).toEqual([]);
  });

  it.each<Bank>(['tuning', 'heldOut', 'fresh', 'unseen'])(
    'should judge the %s bank with precision and recall of at least 0.95, every class at least 0.75',
    (bank) => {
      const result = score(bank);
      const classes = [...result.byClass].map(([k, t]) => `${k} ${t.right}/${t.total}`);
      process.stdout.write(
        `${bank}: ${result.size} variants, precision=${result.precision.toFixed(3)} recall=${result.recall.toFixed(3)}; ${classes.join(', ')}\n`,
      );
      expect(result.precision).toBeGreaterThanOrEqual(0.95);
      expect(result.recall).toBeGreaterThanOrEqual(0.95);
      const weak = [...result.byClass].filter(([, t]) => t.right / t.total < 0.75);
      expect(weak.map(([kind]) => kind)).toEqual([]);
    },
  );
});
