/* bench:outcomes [landlords] — writes a Tenant Satisfaction Measures full-data workbook at
   real size (Management_Info and a perception sheet per tenure), then imports it end to end
   (`chc outcomes import --source tsm`) into a scratch database, printing rows/s, seconds and
   peak memory against the baseline of reading the same workbook with exceljs alone. */
import ExcelJS from 'exceljs';
import { loadConfig } from '@chc/config';
import { createScratchDatabase, openDatabase } from '@chc/db';
import { LandlordEntity } from '@chc/landlords/entities/landlord.entity';
import { OutcomesImportService } from '@chc/outcomes';
import { readTables } from '@ingest/outcomes/read-tables';
import { readTsm } from '@ingest/outcomes/tsm-reader';
import { benchServices } from './support/services';
import { fullTsmWorkbook, tsmLandlords } from './support/tsm-workbook';

interface Measured<T> {
  result: T;
  seconds: number;
  /** Peak resident memory over the run, in MB, and how much above what the process held before it. */
  peakMb: number;
  growthMb: number;
}

const mb = (bytes: number) => bytes / 1024 / 1024;

/** Runs `work`, sampling resident memory every 10 ms for its peak. */
async function measure<T>(work: () => Promise<T>): Promise<Measured<T>> {
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const started = performance.now();
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return {
      result,
      seconds: (performance.now() - started) / 1000,
      peakMb: mb(peak),
      growthMb: mb(peak - before),
    };
  } finally {
    clearInterval(sampler);
  }
}

async function exceljsAlone(bytes: Buffer): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  let cells = 0;
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell(() => cells++)));
  return cells;
}

async function main(): Promise<void> {
  const landlords = Number(process.argv[2] ?? 1600);
  const bytes = await fullTsmWorkbook(landlords);
  process.stdout.write(
    `TSM full-data workbook: ${landlords} landlords, 4 sheets, ${mb(bytes.length).toFixed(1)} MB\n`,
  );
  const server = await createScratchDatabase(benchServices().databaseUrl, 'chc_bench_outcomes');
  const database = await openDatabase(
    loadConfig({ DATABASE_URL: server.url, CHC_LOG_LEVEL: 'error' }),
  );
  try {
    await database.dataSource
      .getRepository(LandlordEntity)
      .insert(tsmLandlords(landlords).map((l) => ({ ...l, kind: 'housing_association' as const })));
    const baseline = await measure(() => exceljsAlone(bytes));
    const read = await measure(() => readTables(bytes, 'tsm.xlsx'));
    const parsed = await measure(() => Promise.resolve(readTsm(read.result, 'tsm.xlsx', null)));
    const importer = new OutcomesImportService(database.dataSource);
    const imported = await measure(() => importer.importFile(bytes, 'tsm.xlsx', 'tsm'));
    const rows = imported.result.rowsStored;
    const line = (label: string, m: Measured<unknown>, detail = '') =>
      process.stdout.write(
        `${label.padEnd(36)} ${m.seconds.toFixed(2).padStart(6)} s  ${(m.seconds / baseline.seconds).toFixed(2).padStart(5)}x baseline  peak RSS ${m.peakMb.toFixed(0)} MB (+${m.growthMb.toFixed(0)})${detail}\n`,
      );
    line('exceljs load alone (baseline)', baseline, `  ${baseline.result} cells`);
    line('readTables (cells with formats)', read);
    line('readTsm (header, measures)', parsed, `  ${parsed.result.records.length} records`);
    line(
      'import end to end',
      imported,
      `  ${rows} rows stored, ${(rows / imported.seconds).toFixed(0)} rows/s, ${imported.result.matched} matched, ${imported.result.problems.length} problems`,
    );
  } finally {
    await database.close();
    await server.drop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
