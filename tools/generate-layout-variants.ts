/* node dist/tools/generate-layout-variants.js --out DIR [--seed N] [--gold DIR | --no-gold] [--score]
   Writes the layout variants of test/e2e/layout-variants.e2e-spec.ts to DIR/{html,pdf,docx,lopdf}
   and their truth to DIR/truth (score with ../shared/eval/score.mjs --gold DIR/truth/<folder>);
   --score also extracts each one with the pipeline and prints the per-variant table. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DocumentSandbox } from '@ingest/extract';
import {
  extractAndScore,
  folderOf,
  generateVariants,
  layoutVariants,
  scoreTable,
  sofficePath,
  writeVariantFiles,
  type VariantResult,
} from '../test/support/layout-variants';
import { LAYOUT_SEED, LAYOUT_THRESHOLDS } from '../test/support/layout-variants/layout-thresholds';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      seed: { type: 'string', default: String(LAYOUT_SEED) },
      gold: { type: 'string', default: path.resolve(__dirname, '../../../shared/corpus/gold') },
      'no-gold': { type: 'boolean', default: false },
      score: { type: 'boolean', default: false },
    },
  });
  const seed = Number(values.seed);
  if (!values.out || !Number.isInteger(seed)) {
    throw new Error(
      'usage: generate-layout-variants --out DIR [--seed N] [--gold DIR | --no-gold] [--score]',
    );
  }
  const goldDir = values['no-gold'] || !existsSync(values.gold) ? undefined : values.gold;
  const soffice = sofficePath();
  const variants = layoutVariants({ seed, goldDir, libreOffice: Boolean(soffice) });
  const started = performance.now();
  const generated = await generateVariants(variants, soffice);
  writeVariantFiles(values.out, generated);
  process.stdout.write(
    `${generated.length} variants (gold ${goldDir ? 'included' : 'absent'}, LibreOffice ${soffice ? 'included' : 'absent'}) written to ${values.out} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
  if (!values.score) {
    return;
  }
  const sandbox = new DocumentSandbox();
  const results: VariantResult[] = [];
  try {
    for (const g of generated) {
      const result = await extractAndScore(g, sandbox);
      const dir = path.join(values.out, 'extracted', folderOf(g.variant.renderer));
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        path.join(dir, `${g.fileName}.json`),
        JSON.stringify(result.extraction ?? { responses: [] }, null, 1),
      );
      results.push(result);
    }
  } finally {
    await sandbox.close();
  }
  process.stdout.write(`${scoreTable(results, LAYOUT_THRESHOLDS)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
