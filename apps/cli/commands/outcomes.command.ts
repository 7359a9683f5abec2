import { InvalidArgumentError, Option, type Command } from 'commander';
import { OUTCOME_SOURCES, type OutcomeSource } from '@chc/outcomes/outcome-source';
import { financialYearIn } from '@ingest/outcomes/financial-year';

function yearOption(text: string): number {
  const year = /^20\d\d$/.test(text) ? Number(text) : financialYearIn(text);
  if (year === null) {
    throw new InvalidArgumentError(
      'a financial year such as 2023/24 (or 2023, the year it starts)',
    );
  }
  return year;
}

export function registerOutcomesCommand(program: Command): void {
  const outcomes = program
    .command('outcomes')
    .description('tenant satisfaction measures, Ombudsman findings and orders, against claims');
  const source = new Option(
    '--source <source>',
    'which publication the file is (ombudsman: case-level findings or the landlord-level table, told apart by their headers)',
  ).choices(OUTCOME_SOURCES);
  outcomes
    .command('import')
    .description('import a published file (.xlsx or CSV); the same file twice changes nothing')
    .argument('<file>')
    .addOption(source.makeOptionMandatory())
    .option('--year <year>', 'financial year, when the file does not say (2023/24)', yearOption)
    .action(async (file: string, options: { source: OutcomeSource; year?: number }) =>
      (await import('./outcomes.run.js')).runImport(file, options),
    );
  outcomes
    .command('unmatched')
    .description('names in the outcome sources that match no landlord, for review')
    .addOption(new Option('--source <source>').choices(OUTCOME_SOURCES))
    .action(async (options: { source?: OutcomeSource }) =>
      (await import('./outcomes.run.js')).runUnmatched(options),
    );
  outcomes
    .command('flags')
    .description('judge every current self-assessment against the outcomes again')
    .action(async () => (await import('./outcomes.run.js')).refreshFlags());
}
