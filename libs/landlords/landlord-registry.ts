import { parse, type CsvError } from 'csv-parse/sync';
import type { EntityManager, Repository } from 'typeorm';
import { relinkUnmatched } from '../assessments/landlord-links.service';
import { LandlordEntity } from './entities/landlord.entity';
import { RegistryImportError, RegistryImportErrorCode } from './landlords.errors';
import { registryRow, type RegistryValues } from './registry-row';

export interface RegistryImport {
  created: number;
  updated: number;
  /** Stored assessments that had no landlord and now match one of those imported. */
  linked: number;
  /** Rows that could not be used, each as `<source>:<line>: column <n> (<header>): <reason>`. */
  rejected: string[];
}

interface ParsedRow {
  record: Record<string, string>;
  info: { lines: number };
}

/** The rows under the header, with their lines; rows the CSV parser cannot read go to `bad`. */
function parseRows(
  source: string,
  csv: string,
  bad: string[],
): { header: string[]; rows: ParsedRow[] } {
  let header: string[] = [];
  const rows = parse<ParsedRow>(csv, {
    columns: (names: string[]) => (header = names.map((h) => h.trim().toLowerCase())),
    skip_empty_lines: true,
    trim: true,
    bom: true,
    relax_column_count: true,
    info: true,
    skip_records_with_error: true,
    // Its message says where: "Invalid Closing Quote: … at line 5".
    on_skip: (error: CsvError | undefined) => {
      bad.push(`${source}: ${error?.message ?? 'a row cannot be read'}`);
    },
  });
  return { header, rows };
}

/**
 * Imports or updates landlords from a CSV with a header row (name, website, kind, region,
 * homes; also aliases separated by ";", and any *_id columns kept as registration ids).
 * A row is matched to an existing landlord by name; nothing is guessed. Each bad row is
 * reported with its line, column and reason, and the others are stored regardless: call
 * it outside a transaction so that one row the database refuses loses no other. Documents
 * stored before their landlord was registered are then matched again.
 */
export async function importLandlords(
  manager: EntityManager,
  csv: string,
  source = 'registry.csv',
): Promise<RegistryImport> {
  if (!csv.replace(/^\uFEFF/, '').trim()) {
    throw new RegistryImportError(RegistryImportErrorCode.Empty, `${source}: the file is empty`);
  }
  const result: RegistryImport = { created: 0, updated: 0, linked: 0, rejected: [] };
  const { header, rows } = parseRows(source, csv, result.rejected);
  if (!header.includes('name')) {
    throw new RegistryImportError(
      RegistryImportErrorCode.NoNameColumn,
      `${source}:1: the header has no "name" column (expected name, website, kind, region, homes)`,
    );
  }
  if (rows.length === 0 && result.rejected.length === 0) {
    throw new RegistryImportError(
      RegistryImportErrorCode.NoRows,
      `${source}: no landlords under the header row`,
    );
  }
  const repository = manager.getRepository(LandlordEntity);
  for (const { record, info } of rows) {
    const row = registryRow(record);
    const at = `${source}:${info.lines}`;
    if ('reason' in row) {
      result.rejected.push(
        `${at}: column ${header.indexOf(row.column) + 1} (${row.column}): ${row.reason}`,
      );
      continue;
    }
    try {
      await store(repository, row, result);
    } catch (error) {
      result.rejected.push(`${at}: not stored: ${(error as Error).message}`);
    }
  }
  if (result.created + result.updated > 0) {
    result.linked = await relinkUnmatched(manager);
  }
  return result;
}

async function store(
  repository: Repository<LandlordEntity>,
  values: RegistryValues,
  result: RegistryImport,
): Promise<void> {
  const existing = await repository.findOne({ where: { name: values.name } });
  if (existing) {
    await repository.update(existing.id, values);
    result.updated++;
  } else {
    await repository.insert(values);
    result.created++;
  }
}
