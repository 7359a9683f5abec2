import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { countedMeasures } from '@ingest/outcomes/event-measures';
import { readFindings } from '@ingest/outcomes/findings-reader';
import { readOrders } from '@ingest/outcomes/orders-reader';
import type { RowProblem } from '@ingest/outcomes/outcomes.errors';
import { readTables } from '@ingest/outcomes/read-tables';
import { readTsm } from '@ingest/outcomes/tsm-reader';
import { ClaimsFlagsService } from './claims-flags.service';
import type { OutcomeSource } from './entities/outcome-import.entity';
import { countedRows, eventRows, tsmRows, type EventRow, type MeasureRow } from './outcome-rows';
import { OutcomesRepository } from './outcomes.repository';

export interface OutcomeImportOptions {
  /** The financial year (by its first calendar year) when the file does not say. */
  year?: number | null;
  /** Told how many rows there are to store, then how many more are stored. */
  progress?: { start(total: number): void; advance(count: number): void };
}

export interface OutcomeImportResult {
  status: 'imported' | 'unchanged';
  sha256: string;
  years: number[];
  rowsStored: number;
  matched: number;
  /** Names no landlord matched (never guessed), for review. */
  unmatchedNames: string[];
  problems: RowProblem[];
  flags: number;
}

type Parsed = { measures: MeasureRow[]; events: EventRow[]; problems: RowProblem[] };

/** Imports a published outcome file: idempotent by its SHA-256, versioned by source and year. */
@Injectable()
export class OutcomesImportService {
  constructor(private readonly dataSource: DataSource) {}

  async importFile(
    bytes: Buffer,
    fileName: string,
    source: OutcomeSource,
    options: OutcomeImportOptions = {},
  ): Promise<OutcomeImportResult> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const repository = new OutcomesRepository(this.dataSource.manager);
    const unchanged = await repository.findImport(source, sha256);
    if (unchanged) {
      return {
        status: 'unchanged',
        sha256,
        years: unchanged.years,
        rowsStored: 0,
        matched: 0,
        unmatchedNames: [],
        problems: unchanged.problems,
        flags: 0,
      };
    }
    const tables = await readTables(bytes, fileName);
    const id = randomUUID();
    const matcher = await repository.matcher();
    const parsed = this.parse(tables, fileName, source, options.year ?? null, id, matcher);
    const all = [...parsed.measures, ...parsed.events];
    const years = [...new Set(all.map((r) => r.year))].sort();
    options.progress?.start(all.length);
    await repository.storeImport(
      { id, source, fileName, sha256, years, rowsRead: all.length, problems: parsed.problems },
      parsed,
      (count) => options.progress?.advance(count),
    );
    const flags = await new ClaimsFlagsService(this.dataSource).refresh();
    const unmatched = all.filter((r) => r.landlordId === null).map((r) => r.landlordName);
    return {
      status: 'imported',
      sha256,
      years,
      rowsStored: all.length,
      matched: all.length - unmatched.length,
      unmatchedNames: [...new Set(unmatched)].sort(),
      problems: parsed.problems,
      flags,
    };
  }

  private parse(
    tables: Awaited<ReturnType<typeof readTables>>,
    fileName: string,
    source: OutcomeSource,
    year: number | null,
    id: string,
    matcher: Awaited<ReturnType<OutcomesRepository['matcher']>>,
  ): Parsed {
    switch (source) {
      case 'tsm': {
        const { records, problems } = readTsm(tables, fileName, year);
        return { measures: tsmRows(records, id, matcher), events: [], problems };
      }
      case 'ombudsman':
      case 'chfo': {
        const read = source === 'chfo' ? readOrders : readFindings;
        const { events, problems } = read(tables, fileName);
        const sheet = events[0]?.sheet ?? '';
        return {
          measures: countedRows(countedMeasures(events), source, id, sheet, matcher),
          events: eventRows(events, source, id, matcher),
          problems,
        };
      }
    }
  }
}
