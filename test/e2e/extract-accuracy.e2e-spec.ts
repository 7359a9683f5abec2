import { existsSync } from 'node:fs';
import path from 'node:path';
import { DocumentSandbox } from '@ingest/extract';
import { corpusDir, sharedDir } from '../support/corpus';
import { extractAll, scoreAgainst, scoreLine, type Score } from '../support/corpus-scoring';

/** Boilerplate targets on the text and PDF forms: issue 13's (issue 3 asked for 0.85 / 0.8). */
const BOILERPLATE_TARGETS: Record<string, { f1: number; precision: number }> = {
  seeds: { f1: 0.88, precision: 0.9 },
  pdf: { f1: 0.88, precision: 0.9 },
};

/** Issue 13's targets on the constructed wording set. */
const WORDING_TARGET = { f1: 0.95, precision: 0.95 };

/** The wording set (issue 13) beside the shared corpus, or null where it is not provided. */
function wordingDir(): string | null {
  const dir = path.join(sharedDir(), 'corpus', 'wording');
  return existsSync(path.join(dir, 'gold')) && existsSync(path.join(dir, 'html')) ? dir : null;
}

/** The thresholds issue 2 sets, per format. */
const TARGETS: Record<string, Pick<Score, 'recall' | 'precision' | 'compliance' | 'textF1'>> = {
  seeds: { recall: 0.995, precision: 0.995, compliance: 0.995, textF1: 0.97 },
  pdf: { recall: 0.99, precision: 0.99, compliance: 0.99, textF1: 0.95 },
  docx: { recall: 0.99, precision: 0.99, compliance: 0.99, textF1: 0.95 },
  html: { recall: 0.99, precision: 0.99, compliance: 0.99, textF1: 0.95 },
};

describe('extraction accuracy on the development corpus', () => {
  const sandbox = new DocumentSandbox();
  afterAll(() => sandbox.close());

  it.each(Object.keys(TARGETS))(
    'should meet the accuracy targets when extracting the %s documents',
    async (format) => {
      const outDir = await extractAll(corpusDir(format as 'seeds'), sandbox, format);
      const score = scoreAgainst(path.join(sharedDir(), 'corpus', 'gold'), outDir);
      const target = TARGETS[format]!;
      process.stdout.write(scoreLine(format, score));
      expect(score.recall).toBeGreaterThanOrEqual(target.recall);
      expect(score.precision).toBeGreaterThanOrEqual(target.precision);
      expect(score.compliance).toBeGreaterThanOrEqual(target.compliance);
      expect(score.textF1).toBeGreaterThanOrEqual(target.textF1);
      const boilerplate = BOILERPLATE_TARGETS[format];
      if (boilerplate) {
        process.stdout.write(scoreLine(format, score, true));
        expect(score.boilerplateF1).toBeGreaterThanOrEqual(boilerplate.f1);
        expect(score.boilerplatePrecision).toBeGreaterThanOrEqual(boilerplate.precision);
      }
    },
  );

  const wording = wordingDir();
  (wording ? it : it.skip)(
    'should meet the boilerplate targets on the wording set (skipped where it is not provided)',
    async () => {
      const outDir = await extractAll(path.join(wording!, 'html'), sandbox, 'wording');
      const score = scoreAgainst(path.join(wording!, 'gold'), outDir);
      process.stdout.write(scoreLine('wording', score, true));
      expect(score.boilerplateF1).toBeGreaterThanOrEqual(WORDING_TARGET.f1);
      expect(score.boilerplatePrecision).toBeGreaterThanOrEqual(WORDING_TARGET.precision);
    },
  );
});
