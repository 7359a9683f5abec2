import type { Command } from 'commander';

export function registerReanalyseCommand(program: Command): void {
  program
    .command('reanalyse')
    .description(
      'run the analysis again over every stored current assessment, with sector-wide statistics',
    )
    .action(async () => (await import('./reanalyse.run.js')).runReanalyse());
}
