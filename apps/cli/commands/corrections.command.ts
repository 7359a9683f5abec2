import type { Command } from 'commander';

export function registerCorrectionsCommand(program: Command): void {
  program
    .command('corrections')
    .description('the audit log of analysts’ corrections')
    .command('export')
    .description('export every correction (who, when, why, old and new value, status)')
    .option('--format <format>', 'csv, jsonl or parquet', 'csv')
    .option('--out <file>', 'write to a file (standard output without it)')
    .action(async (options: { format: string; out?: string }) =>
      (await import('./corrections.run.js')).runExport(options),
    );
}
