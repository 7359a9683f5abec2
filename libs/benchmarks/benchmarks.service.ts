import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { compareProvisionIds, findProvision } from '@ingest/code';
import type { AnswerCountsRow } from './answer-counts.sql';
import { BenchmarksRepository, type BreakdownDimension } from './benchmarks.repository';
import type {
  AnswerCountsObject,
  BenchmarkGroupObject,
  ProvisionBenchmarkObject,
} from './dto/answer-counts.object';
import { ResultCache } from './result-cache';
import type { SectorFilter } from './sector-filter';

const round = (n: number, places = 4) => Math.round(n * 10 ** places) / 10 ** places;

export function toAnswerCounts(row: AnswerCountsRow): AnswerCountsObject {
  const q = row.quantiles;
  return {
    yes: row.yes,
    no: row.no,
    partial: row.partial,
    notApplicable: row.notApplicable,
    notStated: row.notStated,
    total: row.total,
    boilerplateRate: row.boilerplateRate === null ? null : round(row.boilerplateRate),
    specificity:
      q && row.meanSpecificity !== null
        ? {
            p10: round(q[0]!),
            p25: round(q[1]!),
            median: round(q[2]!),
            p75: round(q[3]!),
            p90: round(q[4]!),
            mean: round(row.meanSpecificity),
          }
        : null,
  };
}

/** Provision benchmarks over the sector's current assessments. */
@Injectable()
export class BenchmarksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cache: ResultCache,
  ) {}

  provisionBenchmarks(
    filter: SectorFilter,
    provision: string | null,
  ): Promise<ProvisionBenchmarkObject[]> {
    return this.cache.get(JSON.stringify(['benchmarks', filter, provision]), () =>
      this.computeBenchmarks(filter, provision),
    );
  }

  private async computeBenchmarks(
    filter: SectorFilter,
    provision: string | null,
  ): Promise<ProvisionBenchmarkObject[]> {
    const rows = await new BenchmarksRepository(this.dataSource.manager).provisionCounts(
      filter,
      provision,
    );
    return rows
      .sort((a, b) => compareProvisionIds(a.provision, b.provision))
      .map((row) => {
        const known = findProvision('2024', row.provision);
        return {
          provision: row.provision,
          section: known?.section ?? Number(row.provision.split('.')[0]),
          summary: known?.summary ?? '',
          ...toAnswerCounts(row),
        };
      });
  }

  /** Merges the rollups' pending changes, so reads sum one row per group again. */
  compactRollups(): Promise<void> {
    return new BenchmarksRepository(this.dataSource.manager).compactRollups();
  }

  /** One provision's counts by group; every provision's together when `provision` is null. */
  breakdown(
    filter: SectorFilter,
    provision: string | null,
    by: BreakdownDimension,
  ): Promise<BenchmarkGroupObject[]> {
    return this.cache.get(JSON.stringify(['breakdown', filter, provision, by]), () =>
      this.computeBreakdown(filter, provision, by),
    );
  }

  private async computeBreakdown(
    filter: SectorFilter,
    provision: string | null,
    by: BreakdownDimension,
  ): Promise<BenchmarkGroupObject[]> {
    const rows = await new BenchmarksRepository(this.dataSource.manager).breakdown(
      filter,
      provision,
      by,
    );
    return rows.map((row) => ({
      group: row.group,
      assessments: row.landlords,
      ...toAnswerCounts(row),
    }));
  }
}
