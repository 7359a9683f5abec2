/* bench:nlp — analyses a generated sector (2,500 landlords, about 200,000 responses) one
   assessment at a time and as a whole sector, against a bare pass that only splits and
   tokenises the same text, all in this run. */
import { analyseAssessment, analyseSector } from '@ingest/nlp';
import { syntheticSector } from '@ingest/synthetic';
import { splitSentences } from '../ingest/nlp/text/sentences';
import { plainWords } from '../ingest/nlp/text/words';

const MB = 1024 * 1024;

function timed<T>(run: () => T): { ms: number; result: T } {
  const start = process.hrtime.bigint();
  const result = run();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

function main(): void {
  const generated = timed(() =>
    syntheticSector({ seed: 2024, landlords: 2500, secondYearShare: 0.2, edition2022Share: 0.1 }),
  );
  const assessments = generated.result;
  const responses = assessments.reduce((sum, a) => sum + a.responses.length, 0);
  process.stdout.write(
    `sector: ${assessments.length} assessments from 2,500 landlords, ${responses} responses (generated in ${(generated.ms / 1000).toFixed(1)} s)\n`,
  );

  const bare = timed(() => {
    let words = 0;
    for (const a of assessments) {
      for (const r of a.responses) {
        for (const s of splitSentences(`${r.evidence}\n${r.commentary}`)) {
          words += plainWords(s).length;
        }
      }
    }
    return words;
  });
  const single = timed(() => {
    let flagged = 0;
    for (const a of assessments) {
      flagged += analyseAssessment(a.responses).responses.filter((r) => r.boilerplate.flag).length;
    }
    return flagged;
  });
  const heapBefore = process.memoryUsage().heapUsed;
  const sector = timed(() =>
    analyseSector(
      assessments.map((a, i) => ({
        id: String(i),
        landlord: a.landlord.name,
        responses: a.responses,
      })),
    ),
  );
  const memory = process.memoryUsage();

  const rate = (ms: number) => Math.round(responses / (ms / 1000)).toLocaleString('en-GB');
  const rows: [string, number][] = [
    ['bare split + tokenise (baseline)', bare.ms],
    ['single-assessment pass', single.ms],
    ['whole-sector pass (with 4-gram index)', sector.ms],
  ];
  for (const [label, ms] of rows) {
    process.stdout.write(
      `${label.padEnd(40)} ${(ms / 1000).toFixed(1).padStart(6)} s  ${rate(ms).padStart(9)} responses/s  ${(ms / bare.ms).toFixed(1)}x baseline\n`,
    );
  }
  process.stdout.write(
    `flagged as boilerplate: ${single.result} of ${responses} (single pass); ${sector.result.phrases.length} sector phrases\n`,
  );
  process.stdout.write(
    `memory: heap ${(memory.heapUsed / MB).toFixed(0)} MiB (grew ${((memory.heapUsed - heapBefore) / MB).toFixed(0)} MiB in the sector pass), rss ${(memory.rss / MB).toFixed(0)} MiB\n`,
  );
  process.stdout.write(
    `target: whole sector under 60 s — ${sector.ms < 60_000 ? 'met' : 'NOT met'}\n`,
  );
}

main();
