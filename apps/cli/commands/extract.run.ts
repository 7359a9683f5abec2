import { promises as fs } from 'node:fs';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { ExtractionResult } from '@ingest/core';
import { DEFAULT_SANDBOX_LIMITS } from '@ingest/extract';
import { ExtractionModule, ExtractionService } from '@chc/extraction';
import { listInputs } from './list-inputs';
import { batchProgress } from './progress';
import { responseTable, summaryTable } from './summary-table';

export interface ExtractOptions {
  format: 'json' | 'table';
  out?: string;
  timeout: string;
}

interface Failure {
  file: string;
  reason: string;
}

export async function runExtract(target: string, options: ExtractOptions): Promise<void> {
  if (options.format !== 'json' && options.format !== 'table') {
    throw new Error(`--format must be json or table, not "${String(options.format)}"`);
  }
  const files = await listInputs(target);
  if (files.length === 0) {
    throw new Error(`${target}: no files to extract`);
  }
  if (options.out) {
    await fs.mkdir(options.out, { recursive: true });
  }
  const timeoutMs = Number(options.timeout) * 1000;
  if (!(timeoutMs > 0)) {
    throw new Error(`--timeout must be a positive number of seconds, not "${options.timeout}"`);
  }
  const app = await NestFactory.createApplicationContext(
    ExtractionModule.forRoot({ sandbox: { ...DEFAULT_SANDBOX_LIMITS, timeoutMs } }),
    { logger: false },
  );
  const extraction = app.get(ExtractionService);
  const progress = batchProgress('extract', files.length);
  const results: ExtractionResult[] = [];
  const failures: Failure[] = [];
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      try {
        const result = await extraction.extractFile(file);
        results.push(result);
        if (options.out) {
          await fs.writeFile(
            path.join(options.out, `${path.basename(file)}.json`),
            `${JSON.stringify(result, null, 2)}\n`,
          );
        }
      } catch (error) {
        failures.push({ file, reason: error instanceof Error ? error.message : String(error) });
      }
      progress.tick(path.basename(file));
    }
  };
  try {
    await Promise.all(
      Array.from({ length: Math.min(DEFAULT_SANDBOX_LIMITS.threads, files.length) }, worker),
    );
  } finally {
    progress.stop();
    await app.close();
  }
  results.sort((a, b) => a.source.localeCompare(b.source));
  if (!options.out) {
    if (options.format === 'json') {
      const single = files.length === 1 && results.length === 1;
      process.stdout.write(
        single
          ? `${JSON.stringify(results[0], null, 2)}\n`
          : results.map((r) => `${JSON.stringify(r)}\n`).join(''),
      );
    } else {
      process.stdout.write(`${results.map(responseTable).join('\n\n')}\n\n`);
    }
  }
  if (options.format === 'table' || (options.out && files.length > 1)) {
    process.stderr.write(`${summaryTable(results)}\n`);
  }
  for (const failure of failures) {
    process.stderr.write(`error: ${failure.file}: ${failure.reason}\n`);
  }
  if (files.length > 1) {
    process.stderr.write(`${results.length} extracted, ${failures.length} failed\n`);
  }
  if (failures.length > 0) {
    process.exitCode = 1;
  }
}
