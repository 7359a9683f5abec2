import type { Command } from 'commander';

export function registerStatusCommand(program: Command): void {
  program
    .command('status')
    .description(
      'counts of landlords, documents, assessments, responses and queued and failed jobs',
    )
    .option('--json', 'machine-readable output')
    .action(async (options: { json?: boolean }) =>
      (await import('./status.run.js')).runStatus(options),
    );
}
