import type { Command } from 'commander';
import type { ExtractOptions } from './extract.run';

export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description('extract self-assessment tables from a document or a folder of documents')
    .argument('<path>', 'a PDF, Word, HTML or text file, or a folder of them')
    .option('--format <format>', 'json (the extraction contract) or table', 'table')
    .option('--out <dir>', 'write one <file>.json per document into this folder')
    .option('--timeout <seconds>', 'give up on one document after this long', '60')
    .action(async (target: string, options: ExtractOptions) =>
      (await import('./extract.run.js')).runExtract(target, options),
    );
}
