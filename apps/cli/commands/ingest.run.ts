import path from 'node:path';
import { loadConfig } from '@chc/config';
import { readInputFile } from '@chc/extraction';
import { newRunId } from '@chc/ingestion/jobs/sector.job';
import { fetchForIngest, runIngestJobs, type IngestOutcome } from '@chc/ingestion';
import { importLandlords } from '@chc/landlords';
import { openPipeline } from '@chc/pipeline';
import { MAX_DOCUMENT_BYTES } from '@ingest/extract';
import { ingestInputs } from './ingest-inputs';
import { listInputs } from './list-inputs';
import { batchProgress } from './progress';

export interface IngestOptions {
  enqueueOnly?: boolean;
  timeout: string;
}

export async function runIngest(target: string, options: IngestOptions): Promise<void> {
  const config = loadConfig();
  const timeoutMs = Number(options.timeout) * 1000;
  if (!(timeoutMs > 0)) {
    throw new Error(`--timeout must be a positive number of seconds, not "${options.timeout}"`);
  }
  const isUrl = /^https?:\/\//i.test(target);
  const files = isUrl ? [] : await listInputs(target);
  const pipeline = await openPipeline(config, {
    localWorker: !options.enqueueOnly,
    readTimeoutMs: timeoutMs,
  });
  try {
    const failedEarly: string[] = [];
    const registries = files.filter((f) => f.toLowerCase().endsWith('.csv'));
    for (const csv of registries) {
      let result;
      try {
        const bytes = await readInputFile(csv, MAX_DOCUMENT_BYTES);
        result = await importLandlords(
          pipeline.database.dataSource.manager,
          Buffer.from(bytes).toString('utf8'),
          csv,
        );
      } catch (error) {
        failedEarly.push(`${csv}: ${(error as Error).message}`);
        continue;
      }
      process.stderr.write(
        `${csv}: landlords ${result.created} added, ${result.updated} updated, ${result.rejected.length} rejected\n`,
      );
      for (const reason of result.rejected) {
        process.stderr.write(`  ${reason}\n`);
      }
    }
    const inputs = await ingestInputs(
      pipeline.database.dataSource,
      files.filter((f) => !registries.includes(f)),
      files.length === 1 && files[0] === target ? path.dirname(target) : target,
    );
    failedEarly.push(...inputs.failed);
    const jobs = inputs.jobs;
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
      ...inputs.repeated.map((line) => `  not ingested again: ${line}`),
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
    // The same one line per failure as `chc extract`, where scripts and people look for it.
    for (const reason of failed) {
      process.stderr.write(`error: ${reason}\n`);
    }
    if (failed.length > 0) {
      process.exitCode = 1;
    }
  } finally {
    await pipeline.close();
  }
}
