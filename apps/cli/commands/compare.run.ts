import { promises as fs } from 'node:fs';
import type { ExtractionResult } from '@ingest/core';
import { compareAssessments } from '@ingest/nlp';

async function readResponses(file: string): Promise<ExtractionResult> {
  const parsed = JSON.parse(
    await fs.readFile(file, 'utf8').catch(() => {
      throw new Error(`${file}: cannot be read`);
    }),
  ) as ExtractionResult;
  if (!Array.isArray(parsed.responses)) {
    throw new Error(`${file}: not an extraction JSON (no responses array)`);
  }
  return parsed;
}

export async function runCompare(
  earlierFile: string,
  laterFile: string,
  options: { format: string },
): Promise<void> {
  const [earlier, later] = await Promise.all([
    readResponses(earlierFile),
    readResponses(laterFile),
  ]);
  const changes = compareAssessments(earlier.responses, later.responses);
  if (options.format === 'json') {
    process.stdout.write(`${JSON.stringify(changes, null, 2)}\n`);
    return;
  }
  const scored = changes.filter((c) => c.modification !== null);
  const copied = scored.filter((c) => c.modification! < 0.1).length;
  const lines = [
    `${earlier.landlord ?? earlierFile} → ${later.landlord ?? laterFile}`,
    `${changes.filter((c) => c.answerChanged).length} answers changed; ${copied} of ${scored.length} provisions with text in both years copied forward (modification < 0.1)`,
    '',
    'provision  before          after           modification',
    ...changes.map(
      (c) =>
        [
          c.provision.padEnd(10),
          (c.before ?? '—').padEnd(15),
          (c.after ?? '—').padEnd(15),
          c.modification === null ? '—' : c.modification.toFixed(2),
        ].join(' ') + (c.answerChanged ? '  answer changed' : ''),
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
