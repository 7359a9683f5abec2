import type { Command } from 'commander';

export function registerCompareCommand(program: Command): void {
  program
    .command('compare')
    .description(
      "compare a landlord's two assessments provision by provision (answers and text modification)",
    )
    .argument('<earlier>', 'extraction JSON of the earlier assessment')
    .argument('<later>', 'extraction JSON of the later assessment')
    .option('--format <format>', 'table or json', 'table')
    .action(async (earlier: string, later: string, options: { format: string }) =>
      (await import('./compare.run.js')).runCompare(earlier, later, options),
    );
}
