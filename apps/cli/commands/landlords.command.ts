import type { Command } from 'commander';

export function registerLandlordsCommand(program: Command): void {
  const landlords = program.command('landlords').description('the landlord registry');
  landlords
    .command('import')
    .description(
      'add or update landlords from the Regulator’s list of registered providers (.xlsx or CSV; keyed by registration number) or a CSV (name, website, kind, region, homes; aliases; *_id columns)',
    )
    .argument('<file.xlsx|file.csv>')
    .action(async (file: string) => (await import('./landlords.run.js')).runImport(file));
}
