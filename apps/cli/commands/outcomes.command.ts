import { promises as fs } from 'node:fs';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { loadConfig } from '@chc/config';
import { openDatabase, type Database } from '@chc/db';
import {
  ClaimsFlagsService,
  OUTCOME_SOURCES,
  OutcomesImportService,
  OutcomesRepository,
  type OutcomeSource,
} from '@chc/outcomes';
import { financialYearIn } from '@ingest/outcomes/financial-year';
import { batchProgress } from './progress';

function yearOption(text: string): number {
  const year = /^20\d\d$/.test(text) ? Number(text) : financialYearIn(text);
  if (year === null) {
    throw new InvalidArgumentError(
      'a financial year such as 2023/24 (or 2023, the year it starts)',
    );
  }
  return year;
}

async function withDatabase(run: (database: Database) => Promise<void>): Promise<void> {
  const database = await openDatabase(loadConfig());
  try {
    await run(database);
  } finally {
    await database.close();
  }
}

async function runImport(file: string, options: { source: OutcomeSource; year?: number }) {
  const bytes = await fs.readFile(file).catch(() => {
    throw new Error(`${file}: cannot be read`);
  });
  await withDatabase(async (database) => {
    let bar: ReturnType<typeof batchProgress> | null = null;
    const result = await new OutcomesImportService(database.dataSource).importFile(
      bytes,
      file,
      options.source,
      {
        year: options.year ?? null,
        progress: {
          start: (total) => (bar = batchProgress(`${options.source} rows`, total)),
          advance: (count) => bar?.tick('', count),
        },
      },
    );
    (bar as ReturnType<typeof batchProgress> | null)?.stop();
    if (result.status === 'unchanged') {
      process.stdout.write(
        `${file}: unchanged (already imported, sha256 ${result.sha256.slice(0, 12)})\n`,
      );
      return;
    }
    process.stdout.write(
      `${file}: ${result.rowsStored} rows stored for ${result.years.join(', ') || 'no year'}; ${result.matched} matched to landlords, ${result.unmatchedNames.length} names unmatched, ${result.problems.length} rows not read; ${result.flags} claims-vs-outcomes flags\n`,
    );
    for (const name of result.unmatchedNames) {
      process.stdout.write(`unmatched: ${name}\n`);
    }
    for (const p of result.problems) {
      process.stderr.write(`error: ${file}:${p.sheet}:${p.row}: ${p.reason}\n`);
    }
    if (result.problems.length > 0) {
      process.exitCode = 1;
    }
  });
}

async function runUnmatched(options: { source?: OutcomeSource }) {
  await withDatabase(async (database) => {
    const names = await new OutcomesRepository(database.dataSource.manager).unmatchedNames(
      options.source ?? null,
    );
    for (const n of names) {
      process.stdout.write(`${n.source}\t${n.name}\t${n.rows} rows\t${n.years.join(', ')}\n`);
    }
    process.stdout.write(`${names.length} names match no landlord\n`);
  });
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
    .action((file: string, options: { source: OutcomeSource; year?: number }) =>
      runImport(file, options),
    );
  outcomes
    .command('unmatched')
    .description('names in the outcome sources that match no landlord, for review')
    .addOption(new Option('--source <source>').choices(OUTCOME_SOURCES))
    .action((options: { source?: OutcomeSource }) => runUnmatched(options));
  outcomes
    .command('flags')
    .description('judge every current self-assessment against the outcomes again')
    .action(() =>
      withDatabase(async (database) => {
        const flags = await new ClaimsFlagsService(database.dataSource).refresh();
        process.stdout.write(`${flags} claims-vs-outcomes flags\n`);
      }),
    );
}
