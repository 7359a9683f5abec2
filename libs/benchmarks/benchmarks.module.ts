import { Module } from '@nestjs/common';
import { BenchmarksResolver } from './benchmarks.resolver';
import { BenchmarksService } from './benchmarks.service';
import { CacheWarmer } from './cache-warmer';
import { ComparisonService } from './comparison.service';
import { DataChangeListener } from './data-change-listener';
import { LandlordDirectoryResolver } from './landlord-directory.resolver';
import { LandlordDirectoryService } from './landlord-directory.service';
import { ResultCache } from './result-cache';
import { PeersResolver } from './peers.resolver';
import { ScorecardService } from './scorecard.service';
import { SectorResolver } from './sector.resolver';
import { SectorSummaryService } from './sector-summary.service';

@Module({
  providers: [
    { provide: ResultCache, useValue: new ResultCache() },
    DataChangeListener,
    CacheWarmer,
    BenchmarksService,
    BenchmarksResolver,
    SectorSummaryService,
    SectorResolver,
    ScorecardService,
    ComparisonService,
    PeersResolver,
    LandlordDirectoryService,
    LandlordDirectoryResolver,
  ],
  // Other contexts' aggregates (the outcomes scatter) share the cache, its change notices
  // and its recomputation.
  exports: [ResultCache, CacheWarmer],
})
export class BenchmarksModule {}
