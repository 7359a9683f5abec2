import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DocumentSandbox } from '@ingest/extract';
import { extractDocument } from '@ingest/pipeline';
import { sharedDir } from './corpus';

/** What ../shared/eval/score.mjs reports for a folder of extractions. */
export interface Score {
  recall: number;
  precision: number;
  compliance: number;
  textF1: number;
  boilerplateF1: number;
  boilerplatePrecision: number;
}

/** Extracts every document of a folder into a fresh folder of `<name>.json` outputs. */
export async function extractAll(inputDir: string, sandbox: DocumentSandbox, label: string) {
  const outDir = mkdtempSync(path.join(tmpdir(), `chc-accuracy-${label}-`));
  for (const name of readdirSync(inputDir)) {
    const bytes = readFileSync(path.join(inputDir, name));
    const result = await extractDocument(name, new Uint8Array(bytes), sandbox);
    writeFileSync(path.join(outDir, `${name}.json`), JSON.stringify(result));
  }
  return outDir;
}

/** Scores a folder of outputs with the shared scorer, then removes the folder. */
export function scoreAgainst(gold: string, outDir: string): Score {
  const scorer = path.join(sharedDir(), 'eval', 'score.mjs');
  const score = JSON.parse(
    execFileSync(process.execPath, [scorer, '--gold', gold, '--pred', outDir, '--json'], {
      encoding: 'utf8',
    }),
  ) as Score;
  rmSync(outDir, { recursive: true, force: true });
  return score;
}

/** One line of a score for the test log, as score.mjs names the figures. */
export function scoreLine(label: string, score: Score, boilerplate = false): string {
  const figures: Record<string, number> = boilerplate
    ? { boilerplate_f1: score.boilerplateF1, boilerplate_precision: score.boilerplatePrecision }
    : {
        recall: score.recall,
        precision: score.precision,
        compliance: score.compliance,
        text_f1: score.textF1,
      };
  const parts = Object.entries(figures).map(([name, value]) => `${name}=${value.toFixed(3)}`);
  return `${label}: ${parts.join(' ')}\n`;
}
