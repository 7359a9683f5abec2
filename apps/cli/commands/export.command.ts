import type { Command } from 'commander';
import { DATASETS } from '@chc/exports/datasets';
import type { ExportOptions } from './export.run';

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description(
      'export a dataset (responses, assessments, landlords, flags) as CSV, JSON Lines or Parquet',
    )
    .argument('[dataset]', Object.keys(DATASETS).join(', '))
    .option('--format <format>', 'csv, jsonl or parquet', 'csv')
    .option(
      '--out <file>',
      'write to a file, and its Frictionless schema to datapackage.json beside it (standard output without it)',
    )
    .option('--kinds <list>', 'housing_association, local_authority, almo, other')
    .option('--regions <list>', 'regions, comma-separated')
    .option('--size-bands <list>', 'small, medium, large, very_large')
    .option('--editions <list>', '2024, 2022, 2020')
    .option('--years <list>', 'years completed')
    .option('--landlord-ids <list>', 'landlord ids')
    .option('--scope <scope>', 'current (each landlord’s current assessment) or all', 'current')
    .option('--excel', 'CSV for Excel: start the file with a UTF-8 byte order mark')
    .option('--dictionary', 'print the data dictionary (Markdown) instead')
    .action(async (dataset: string | undefined, options: ExportOptions) =>
      (await import('./export.run.js')).runExport(dataset, options),
    );
}
