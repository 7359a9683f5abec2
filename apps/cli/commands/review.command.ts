import type { Command } from 'commander';

export function registerReviewCommand(program: Command): void {
  program
    .command('review')
    .description('what analysts reviewed and corrected')
    .command('export')
    .description(
      'write every reviewed current assessment, as corrected, in the corpus gold format (score extractions against it with score.mjs)',
    )
    .requiredOption('--out <dir>', 'the folder to write <document name>.json files to')
    .action(async (options: { out: string }) =>
      (await import('./review.run.js')).runReviewExport(options),
    );
}
