/* Prints pages/s for chc's full PDF extraction against pdfjs-dist's bare getTextContent
   (and pdftotext -layout where installed), all measured in this run on the same files. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DocumentSandbox } from '@ingest/extract';
import { extractDocument } from '@ingest/pipeline';

const ROUNDS = 5;
const dir = process.argv[2] ?? path.resolve(__dirname, '../../../shared/corpus/pdf');
if (!existsSync(dir)) {
  process.stderr.write(`bench:extract: no PDF folder at ${dir}; pass one as the first argument\n`);
  process.exit(2);
}
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.pdf'))
  .map((f) => readFileSync(path.join(dir, f)));

async function bareTextContent(bytes: Buffer): Promise<number> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    verbosity: 0,
  });
  const doc = await task.promise;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    await page.getTextContent();
    page.cleanup();
  }
  const pages = doc.numPages;
  await task.destroy();
  return pages;
}

/** Median of several timed rounds after a warm-up, so one slow round does not decide. */
async function time(
  label: string,
  run: () => Promise<number>,
): Promise<{ label: string; pagesPerSecond: number; ms: number }> {
  await run(); // warm-up: module loading and JIT are not what we measure
  const rounds: number[] = [];
  let pages = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const start = process.hrtime.bigint();
    pages = await run();
    rounds.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const ms = rounds.sort((a, b) => a - b)[Math.floor(rounds.length / 2)]!;
  return { label, pagesPerSecond: (pages / ms) * 1000, ms };
}

async function main(): Promise<void> {
  // One reader thread, as the bare baseline has one thread too.
  const sandbox = new DocumentSandbox({ timeoutMs: 120_000, memoryMb: 768, threads: 1 });
  let pageCount = 0;
  const results = [];
  results.push(
    await time('pdfjs-dist getTextContent (bare)', async () => {
      let pages = 0;
      for (const bytes of files) {
        pages += await bareTextContent(bytes);
      }
      pageCount = pages;
      return pages;
    }),
  );
  results.push(
    await time('chc extract (full, sandboxed)', async () => {
      for (const bytes of files) {
        await extractDocument('bench.pdf', new Uint8Array(bytes), sandbox);
      }
      return pageCount;
    }),
  );
  await sandbox.close();
  const pool = new DocumentSandbox({ timeoutMs: 120_000, memoryMb: 768, threads: 2 });
  results.push(
    await time('chc extract (full, 2 reader threads)', async () => {
      await Promise.all(
        files.map((bytes) => extractDocument('bench.pdf', new Uint8Array(bytes), pool)),
      );
      return pageCount;
    }),
  );
  await pool.close();
  const hasPdftotext = (() => {
    try {
      execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  if (hasPdftotext) {
    results.push(
      await time('pdftotext -layout', () => {
        for (const bytes of files) {
          execFileSync('pdftotext', ['-layout', '-', '-'], {
            input: bytes,
            stdio: ['pipe', 'ignore', 'ignore'],
          });
        }
        return Promise.resolve(pageCount);
      }),
    );
  }
  const baseline = results[0]!.ms;
  process.stdout.write(
    `${files.length} PDFs, ${pageCount} pages, median of ${ROUNDS} rounds each\n`,
  );
  for (const r of results) {
    process.stdout.write(
      `${r.label.padEnd(36)} ${r.pagesPerSecond.toFixed(1).padStart(8)} pages/s  ${(r.ms / baseline).toFixed(2)}x bare time\n`,
    );
  }
  if (!hasPdftotext) {
    process.stdout.write('pdftotext not installed (Debian poppler-utils): its row is left out\n');
  }
}

void main();
