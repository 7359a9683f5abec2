import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { loadConfig } from '@chc/config';
import { CORRECTIONS_DATASET } from '@chc/corrections/corrections.dataset';
import { openDatabase } from '@chc/db';
import { ExportsService, isExportFormat, parseExportFilter } from '@chc/exports';

export async function runExport(options: { format: string; out?: string }): Promise<void> {
  if (!isExportFormat(options.format)) {
    throw new Error(`--format ${options.format}: use csv, jsonl or parquet`);
  }
  if (options.format === 'parquet' && !options.out) {
    throw new Error('Parquet is binary: give a file with --out');
  }
  const database = await openDatabase(loadConfig());
  try {
    const out: Writable = options.out ? createWriteStream(options.out) : process.stdout;
    const finished = options.out ? new Promise((resolve) => out.once('close', resolve)) : null;
    const rows = await new ExportsService(database.dataSource).export(
      CORRECTIONS_DATASET,
      parseExportFilter({ scope: 'all' }),
      options.format,
      out,
    );
    await finished;
    process.stderr.write(
      `${rows} corrections exported as ${options.format}${options.out ? ` to ${options.out}` : ''}\n`,
    );
  } finally {
    await database.close();
  }
}
