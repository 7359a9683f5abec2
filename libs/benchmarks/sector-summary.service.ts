import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BenchmarksService } from './benchmarks.service';
import { ResultCache } from './result-cache';
import type { SectorSummaryObject } from './dto/sector-summary.object';
import type { SectorFilter } from './sector-filter';
import {
  assessmentsWhere,
  editionCoverage,
  landlordDistribution,
  topPhrases,
} from './sector-summary';
import { SectorRepository } from './sector.repository';

const TOP = 10;

@Injectable()
export class SectorSummaryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly benchmarks: BenchmarksService,
    private readonly cache: ResultCache,
  ) {}

  filterOptions() {
    return this.cache.get('filter-options', () =>
      new SectorRepository(this.dataSource.manager).filterOptions(),
    );
  }

  summary(filter: SectorFilter): Promise<SectorSummaryObject> {
    return this.cache.get(JSON.stringify(['sector', filter]), () => this.compute(filter));
  }

  private async compute(filter: SectorFilter): Promise<SectorSummaryObject> {
    const sector = new SectorRepository(this.dataSource.manager);
    const [groups, registered, contradictions, statistics, provisions] = await Promise.all([
      sector.assessmentGroups(filter),
      sector.registeredLandlords(filter),
      sector.contradictions(filter),
      sector.latestStatistics(),
      this.benchmarks.provisionBenchmarks(filter, null),
    ]);
    const assessed = assessmentsWhere(groups);
    const fullyCompliant = assessmentsWhere(groups, (g) => g.fullyCompliant);
    const judged = groups.reduce((s, g) => s + g.judged, 0);
    const boilerplate = groups.reduce((s, g) => s + g.boilerplate, 0);
    const gaps = provisions
      .map((p) => ({
        provision: p.provision,
        summary: p.summary,
        notMet: p.no + p.partial,
        stated: p.yes + p.no + p.partial,
      }))
      .filter((p) => p.notMet > 0)
      .map((p) => ({ ...p, share: p.notMet / p.stated }))
      .sort((a, b) => b.notMet - a.notMet || b.share - a.share)
      .slice(0, TOP);
    return {
      registeredLandlords: registered,
      assessedLandlords: assessmentsWhere(groups, (g) => g.matched),
      unmatchedAssessments: assessmentsWhere(groups, (g) => !g.matched),
      coverage: editionCoverage(groups),
      fullyCompliant,
      fullyCompliantShare: assessed > 0 ? fullyCompliant / assessed : null,
      boilerplateRate: judged > 0 ? boilerplate / judged : null,
      contradictions,
      mostNonCompliant: gaps,
      boilerplatePhrases: topPhrases(statistics?.phrases ?? [], TOP),
      landlordDistribution: landlordDistribution(groups),
      statisticsComputedAt: statistics?.computedAt ?? null,
    };
  }
}
