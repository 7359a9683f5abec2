import type { Command } from 'commander';

export function registerWorkerCommand(program: Command): void {
  program
    .command('worker')
    .description(
      'process queued jobs (several workers on several machines can share one Redis and one PostgreSQL)',
    )
    .action(async () => (await import('./worker.run.js')).runWorker());
}
