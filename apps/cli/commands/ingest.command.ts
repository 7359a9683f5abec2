import type { Command } from 'commander';
import type { IngestOptions } from './ingest.run';

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
    .option('--timeout <seconds>', 'give up on reading one document after this long', '60')
    .action(async (target: string, options: IngestOptions) =>
      (await import('./ingest.run.js')).runIngest(target, options),
    );
}
