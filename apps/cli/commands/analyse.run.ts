import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ExtractionResult } from '@ingest/core';
import { analyseSector, type SectorInput } from '@ingest/nlp';
import { listInputs } from './list-inputs';

export interface AnalyseOptions {
  out?: string;
  phrases: string;
}

async function readExtraction(file: string): Promise<SectorInput> {
  let parsed: ExtractionResult;
  try {
    parsed = JSON.parse(await fs.readFile(file, 'utf8')) as ExtractionResult;
  } catch (error) {
    throw new Error(`${file}: not an extraction JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(parsed.responses)) {
    throw new Error(`${file}: not an extraction JSON (no responses array)`);
  }
  return {
    id: parsed.sha256 ?? file,
    landlord: parsed.landlord ?? parsed.source ?? file,
    responses: parsed.responses.map((r) => ({ ...r, requirement: r.requirement ?? '' })),
    referenceDate: parsed.assessmentDate ?? null,
  };
}

export async function runAnalyse(target: string, options: AnalyseOptions): Promise<void> {
  const files = (await listInputs(target)).filter((f) => f.endsWith('.json'));
  if (files.length === 0) {
    throw new Error(
      `${target}: no extraction JSON files (run chc extract --format json --out first)`,
    );
  }
  const inputs = await Promise.all(files.map(readExtraction));
  const sector = analyseSector(inputs, Number(options.phrases) || 20);
  if (options.out) {
    await fs.mkdir(options.out, { recursive: true });
    for (const [i, assessment] of sector.assessments.entries()) {
      const name = path.basename(files[i]!).replace(/\.json$/, '.analysis.json');
      await fs.writeFile(path.join(options.out, name), `${JSON.stringify(assessment, null, 2)}\n`);
    }
    await fs.writeFile(
      path.join(options.out, 'sector-phrases.json'),
      `${JSON.stringify(sector.phrases, null, 2)}\n`,
    );
  }
  const lines = [
    `${sector.assessments.length} assessments from ${sector.landlords} landlords`,
    '',
    'landlord                         boilerplate  specificity  unsupported  contradicted',
    ...sector.assessments.map(({ landlord, analysis: { indices } }) =>
      [
        landlord.slice(0, 32).padEnd(32),
        `${(indices.boilerplateShare * 100).toFixed(0)}%`.padStart(12),
        indices.meanSpecificity.toFixed(2).padStart(12),
        String(indices.unsupported).padStart(12),
        String(indices.contradicted).padStart(13),
      ].join(' '),
    ),
    '',
    'most common boilerplate sentences (landlords, responses):',
    ...sector.phrases.map(
      (p) =>
        `${String(p.landlords).padStart(4)} ${String(p.responses).padStart(5)}  ${p.sentence.slice(0, 110)}`,
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
