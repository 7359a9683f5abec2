/* bench:ingest [--documents N | --landlords N] [--workers 1,2] [--concurrency 2] [--readers 1]
   [--seed N]
   Ingests a synthetic sector of realistic documents (PDFs printed by Chromium with embedded
   fonts, logos and scanned sign-off pages; Word, web pages and text; a share of broken files)
   end to end into PostgreSQL through Redis with `chc worker` processes, beside bare pdf.js
   text extraction of the same PDFs, and prints the throughput, the time per stage and the
   CPU each process spent, with the machine's load averages. */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { benchDocuments, PRINTS } from './support/documents/bench-documents';
import { documentSummary } from './support/documents/document-summary';
import { corpusSummary } from './support/documents/document-plan';
import { ingestRun, type RunFigures } from './support/ingest-run';
import { pdfjsBaseline, type BaselineFigures } from './support/pdf-baseline';
import { loadAverages } from './support/process-cpu';
import { benchServices } from './support/services';

const write = (line: string) => process.stdout.write(`${line}\n`);
const list = (text: string) => text.split(',').map(Number);
/** About 1,600 landlords publish one a year, with group and subsidiary documents. */
const SECTOR_DOCUMENTS = 2500;
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
const sum = (values: (number | null)[]) => values.reduce<number>((a, b) => a + (b ?? 0), 0);

function report(run: RunFigures, pdfPages: number, baseline: BaselineFigures): void {
  const total = Object.values(run.stages).reduce((a, b) => a + b, 0);
  const workerCpu = sum(run.cpu.workers);
  const cores = Math.min(run.workers * run.concurrency, availableParallelism());
  const perCpuSecond = pdfPages / workerCpu;
  write(
    `${plural(run.workers, 'worker')} × concurrency ${run.concurrency}, ${plural(run.readers, 'reader thread')} each: ` +
      `${run.ingested} ingested, ${run.failed} failed (${run.brokenFailed} of ${run.broken} broken) in ${run.seconds.toFixed(1)} s — ` +
      `${((run.ingested + run.failed) / run.seconds).toFixed(1)} documents/s, ${(pdfPages / run.seconds).toFixed(1)} PDF pages/s, ` +
      `${(pdfPages / run.seconds / cores).toFixed(1)} pages/s/core over ${plural(cores, 'core')}; ` +
      `${perCpuSecond.toFixed(1)} pages per worker CPU second = ${(perCpuSecond / baseline.pagesPerCoreSecond).toFixed(2)}× bare pdf.js`,
  );
  write(
    `  time per stage: ${Object.entries(run.stages)
      .map(([k, v]) => `${k} ${((v / total) * 100).toFixed(0)}%`)
      .join(', ')}; store results ${run.storeMsPerDocument.toFixed(1)} ms/document`,
  );
  const seconds = (s: number | null) => (s === null ? 'n/a' : `${s.toFixed(1)} s`);
  write(
    `  CPU: workers ${run.cpu.workers.map(seconds).join(' + ')}, PostgreSQL backends ${seconds(run.cpu.postgres)}, ` +
      `Redis ${seconds(run.cpu.redis)} (whole server), bench ${seconds(run.cpu.bench)}; ` +
      `busy ${((workerCpu / run.seconds / availableParallelism()) * 100).toFixed(0)}% of ${availableParallelism()} cores by workers; load ${run.load}`,
  );
  const documents = run.ingested + run.failed;
  if (documents !== SECTOR_DOCUMENTS) {
    write(
      `  at this rate the sector's ${SECTOR_DOCUMENTS.toLocaleString('en-GB')} documents take ${(((SECTOR_DOCUMENTS / documents) * run.seconds) / 60).toFixed(1)} minutes (this run scaled, start-up included)`,
    );
  }
  for (const failure of run.unexpected.slice(0, 5)) {
    write(`  unexpected failure: ${failure}`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      documents: { type: 'string' },
      landlords: { type: 'string' },
      workers: { type: 'string', default: '1,2' },
      concurrency: { type: 'string', default: '2' },
      readers: { type: 'string', default: '1' },
      seed: { type: 'string', default: '2025' },
    },
  });
  const count = Number(values.documents ?? values.landlords ?? SECTOR_DOCUMENTS);
  const { databaseUrl, redisUrl } = benchServices();
  write(`load before: ${loadAverages()}; ${availableParallelism()} cores`);
  const started = performance.now();
  const { documents, rendered, folder } = await benchDocuments(count, Number(values.seed));
  write(
    `${documents.length} documents in ${((performance.now() - started) / 1000).toFixed(1)} s (${rendered} rendered, the rest from ${folder}; PDFs past the first ${PRINTS} prints reuse them)`,
  );
  // Copies of a print read exactly as it does: the floor is measured once per distinct PDF.
  const distinct = documents.flatMap((d, i) =>
    d.source.endsWith('.pdf') && d.copyOf === null ? [i] : [],
  );
  const baseline = await pdfjsBaseline(distinct.map((i) => documents[i]!.bytes));
  const read = new Map([...baseline.pageCounts].map(([k, n]) => [distinct[k]!, n]));
  const pages = documents.map((d, i) => read.get(d.copyOf ?? i) ?? 0);
  write(documentSummary(documents, pages));
  write(corpusSummary());
  write(
    `bare pdf.js getTextContent: ${baseline.pages} pages of ${baseline.documents - baseline.refused} distinct PDFs (${baseline.refused} refused) ` +
      `in ${baseline.cpuSeconds.toFixed(1)} CPU s — ${baseline.pagesPerCoreSecond.toFixed(1)} pages/s/core; load ${loadAverages()}`,
  );
  const pdfPages = pages.reduce((a, b) => a + b, 0);
  for (const workers of list(values.workers)) {
    for (const concurrency of list(values.concurrency)) {
      for (const readers of list(values.readers)) {
        report(
          await ingestRun(documents, { workers, concurrency, readers, databaseUrl, redisUrl }),
          pdfPages,
          baseline,
        );
      }
    }
  }
  write(
    'target: 2,500 documents (about 30,000 pages) end to end in under 5 minutes with two workers',
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:ingest: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
