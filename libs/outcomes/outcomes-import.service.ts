import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { readOmbudsman } from '@ingest/outcomes/ombudsman-reader';
import { readOrders } from '@ingest/outcomes/orders-reader';
import type { RowProblem } from '@ingest/outcomes/outcomes.errors';
import { readTables } from '@ingest/outcomes/read-tables';
import { readTsm } from '@ingest/outcomes/tsm-reader';
import { ClaimsFlagsService } from './claims-flags.service';
import type { OutcomeSource } from './outcome-source';
import {
  eventRows,
  landlordTableRows,
  tsmRows,
  type EventRow,
  type MeasureRow,
} from './outcome-rows';
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

interface Parsed {
  measures: MeasureRow[];
  events: EventRow[];
  problems: RowProblem[];
  /** Which layouts the file gives, so it replaces only those of earlier files. */
  replaces: { cases: boolean; landlords: boolean };
}

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
    const counted = await repository.storeImport(
      { id, source, fileName, sha256, years, rowsRead: all.length, problems: parsed.problems },
      parsed,
      parsed.replaces,
      (count) => options.progress?.advance(count),
    );
    const flags = await new ClaimsFlagsService(this.dataSource).refresh();
    const stored = [...all, ...counted.filter((r) => r.importId === id)];
    const unmatched = stored.filter((r) => r.landlordId === null).map((r) => r.landlordName);
    return {
      status: 'imported',
      sha256,
      years,
      rowsStored: stored.length,
      matched: stored.length - unmatched.length,
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
        const replaces = { cases: false, landlords: true };
        return { measures: tsmRows(records, id, matcher), events: [], problems, replaces };
      }
      case 'ombudsman': {
        const read = readOmbudsman(tables, fileName, year);
        return {
          measures: landlordTableRows(read.tableRows, id, matcher),
          events: eventRows(read.events, source, id, matcher),
          problems: read.problems,
          replaces: { cases: read.hasCases, landlords: read.hasLandlordTable },
        };
      }
      case 'chfo': {
        const { events, problems } = readOrders(tables, fileName);
        const replaces = { cases: true, landlords: false };
        return { measures: [], events: eventRows(events, source, id, matcher), problems, replaces };
      }
    }
  }
}
