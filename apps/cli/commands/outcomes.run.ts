import { promises as fs } from 'node:fs';
import { loadConfig } from '@chc/config';
import { openDatabase, type Database } from '@chc/db';
import {
  ClaimsFlagsService,
  OutcomesImportService,
  OutcomesRepository,
  type OutcomeSource,
} from '@chc/outcomes';
import { batchProgress } from './progress';

async function withDatabase(run: (database: Database) => Promise<void>): Promise<void> {
  const database = await openDatabase(loadConfig());
  try {
    await run(database);
  } finally {
    await database.close();
  }
}

export async function runImport(file: string, options: { source: OutcomeSource; year?: number }) {
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

export async function runUnmatched(options: { source?: OutcomeSource }) {
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

export function refreshFlags(): Promise<void> {
  return withDatabase(async (database) => {
    const flags = await new ClaimsFlagsService(database.dataSource).refresh();
    process.stdout.write(`${flags} claims-vs-outcomes flags\n`);
  });
}
