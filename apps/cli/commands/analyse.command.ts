import type { Command } from 'commander';
import type { AnalyseOptions } from './analyse.run';

export function registerAnalyseCommand(program: Command): void {
  program
    .command('analyse')
    .description(
      'whole-sector analysis of extracted assessments: sector boilerplate, indices, common phrases',
    )
    .argument('<path>', 'a folder of chc extract --format json outputs (or one file)')
    .option('--out <dir>', 'write each analysis and the sector phrases as JSON into this folder')
    .option('--phrases <n>', 'how many common sentences to list', '20')
    .action(async (target: string, options: AnalyseOptions) =>
      (await import('./analyse.run.js')).runAnalyse(target, options),
    );
}
