import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '@chc/config';
import { ingestJobFor } from '@chc/ingestion/jobs/ingest.job';
import { newRunId } from '@chc/ingestion/jobs/sector.job';
import { fetchForIngest, runIngestJobs, type IngestOutcome } from '@chc/ingestion';
import { importLandlords, RegistryImportError } from '@chc/landlords';
import { openPipeline } from '@chc/pipeline';
import type { JobRequest } from '@chc/queue';
import { MAX_DOCUMENT_BYTES } from '@ingest/extract';
import { listInputs } from './list-inputs';
import { batchProgress } from './progress';

interface IngestOptions {
  enqueueOnly?: boolean;
}

async function runIngest(target: string, options: IngestOptions): Promise<void> {
  const config = loadConfig();
  const isUrl = /^https?:\/\//i.test(target);
  const files = isUrl ? [] : await listInputs(target);
  const pipeline = await openPipeline(config, { localWorker: !options.enqueueOnly });
  try {
    const registries = files.filter((f) => f.toLowerCase().endsWith('.csv'));
    for (const csv of registries) {
      const result = await importLandlords(
        pipeline.database.dataSource.manager,
        await fs.readFile(csv, 'utf8'),
        csv,
      ).catch((error: unknown) => {
        if (error instanceof RegistryImportError) {
          process.stderr.write(`error: ${error.message}\n`);
          return null;
        }
        throw error;
      });
      if (!result) {
        continue;
      }
      process.stderr.write(
        `${csv}: landlords ${result.created} added, ${result.updated} updated, ${result.rejected.length} rejected\n`,
      );
      for (const reason of result.rejected) {
        process.stderr.write(`  ${reason}\n`);
      }
    }
    const documents = files.filter((f) => !registries.includes(f));
    const failedEarly: string[] = [];
    const jobs: JobRequest[] = [];
    for (const file of documents) {
      const stat = await fs.stat(file);
      if (stat.size > MAX_DOCUMENT_BYTES) {
        failedEarly.push(
          `${file}: the file is ${(stat.size / 1024 / 1024).toFixed(0)} MiB; the limit is ${MAX_DOCUMENT_BYTES / 1024 / 1024} MiB`,
        );
        continue;
      }
      jobs.push(
        await ingestJobFor(
          pipeline.database.dataSource,
          path.resolve(file),
          await fs.readFile(file),
        ),
      );
    }
    const runId = newRunId();
    if (isUrl) {
      const fetched = await fetchForIngest(pipeline.runner, target, runId);
      if ('job' in fetched) {
        jobs.push(fetched.job);
      } else {
        failedEarly.push(fetched.error);
      }
    }
    const progress = batchProgress('ingest', jobs.length);
    const run = await runIngestJobs(pipeline.runner, jobs, runId, (o) =>
      progress.tick(o.ok ? (o.result as IngestOutcome).status : 'failed'),
    );
    progress.stop();
    const { ingested, unchanged } = run;
    const failed = [...failedEarly, ...run.failed];
    const unmatched = ingested.filter((r) => !r.landlord);
    const doubtful = ingested.filter((r) => r.confidence && r.confidence.level !== 'high');
    const lines = [
      `${ingested.length} ingested, ${unchanged.length} unchanged, ${failed.length} failed (${pipeline.runner.kind} queue${pipeline.database.embedded ? ', embedded database' : ''})`,
      ...failed.map((reason) => `  failed: ${reason}`),
      ...unmatched.map(
        (r) =>
          `  not matched to a registered landlord: ${r.source} (the document names ${r.unmatchedName ? `"${r.unmatchedName}"` : 'no landlord'})`,
      ),
      ...doubtful.map(
        (r) =>
          `  ${r.confidence!.level} extraction confidence (${r.confidence!.score.toFixed(2)}): ${r.source}: ${r.confidence!.reasons.join('; ')}`,
      ),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    if (failed.length > 0) {
      process.exitCode = 1;
    }
  } finally {
    await pipeline.close();
  }
}

export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description(
      'extract, analyse and store documents: a file, a folder, an http(s) URL, or a landlords .csv for the registry',
    )
    .argument('<path>', 'a document, a folder of documents, a URL, or a landlords CSV')
    .option(
      '--enqueue-only',
      'with REDIS_URL: queue the work for `chc worker` processes and wait, without processing here',
    )
    .action((target: string, options: IngestOptions) => runIngest(target, options));
}
