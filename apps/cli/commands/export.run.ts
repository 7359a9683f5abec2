import { createWriteStream } from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { loadConfig } from '@chc/config';
import { openDatabase } from '@chc/db';
import {
  dataDictionaryMarkdown,
  dataPackageResource,
  DATASETS,
  EXPORT_PARAMETERS,
  ExportsService,
  findDataset,
  isExportFormat,
  parseExportFilter,
  parseExportOptions,
  writeDataPackageBeside,
} from '@chc/exports';

export interface ExportOptions {
  format: string;
  out?: string;
  kinds?: string;
  regions?: string;
  sizeBands?: string;
  editions?: string;
  years?: string;
  landlordIds?: string;
  scope?: string;
  dictionary?: boolean;
  excel?: boolean;
}

export async function runExport(
  datasetName: string | undefined,
  options: ExportOptions,
): Promise<void> {
  if (options.dictionary) {
    process.stdout.write(dataDictionaryMarkdown());
    return;
  }
  const dataset = datasetName ? findDataset(datasetName) : undefined;
  if (!dataset) {
    throw new Error(`say which dataset: ${Object.keys(DATASETS).join(', ')}`);
  }
  if (!isExportFormat(options.format)) {
    throw new Error(`--format ${options.format}: use csv, jsonl or parquet`);
  }
  if (options.format === 'parquet' && !options.out) {
    throw new Error('Parquet is binary: give a file with --out');
  }
  const filter = parseExportFilter(
    Object.fromEntries(EXPORT_PARAMETERS.map((name) => [name, options[name]])),
  );
  const fileOptions = parseExportOptions(
    { excel: options.excel ? 'true' : undefined },
    options.format,
  );
  const database = await openDatabase(loadConfig());
  try {
    const out: Writable = options.out ? createWriteStream(options.out) : process.stdout;
    const started = performance.now();
    const finished = options.out ? new Promise((resolve) => out.once('close', resolve)) : null;
    const rows = await new ExportsService(database.dataSource).export(
      dataset,
      filter,
      options.format,
      out,
      fileOptions,
    );
    await finished;
    const described = options.out
      ? await writeDataPackageBeside(
          options.out,
          dataPackageResource(dataset, options.format, path.basename(options.out), fileOptions),
        )
      : null;
    process.stderr.write(
      `${rows} ${dataset.name} rows exported as ${options.format}${options.out ? ` to ${options.out}` : ''} in ${((performance.now() - started) / 1000).toFixed(1)} s${described ? `; described in ${described}` : ''}\n`,
    );
  } finally {
    await database.close();
  }
}
