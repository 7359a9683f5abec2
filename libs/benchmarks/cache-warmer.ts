import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { BenchmarksService } from './benchmarks.service';
import { ResultCache } from './result-cache';
import { SectorSummaryService } from './sector-summary.service';

/** Changes often come in bursts (an ingest run): wait for quiet before recomputing. */
const SETTLE_MS = 2_000;

/**
 * Merges the benchmark rollups' pending changes, then recomputes what the sector overview
 * shows first — the whole sector's summary, provision benchmarks and answers by year — at
 * start-up and after each change, so the first reader after an ingest does not wait.
 */
@Injectable()
export class CacheWarmer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(CacheWarmer.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;
  /** Other contexts' aggregates the overview reads (the outcomes scatter). */
  private readonly others: (() => Promise<unknown>)[] = [];

  constructor(
    private readonly cache: ResultCache,
    private readonly benchmarks: BenchmarksService,
    private readonly sector: SectorSummaryService,
  ) {}

  /** Recomputes `task` with the overview's own aggregates (call before the app starts). */
  alsoWarm(task: () => Promise<unknown>): void {
    this.others.push(task);
  }

  onApplicationBootstrap(): void {
    this.cache.onInvalidate(() => this.schedule());
    this.schedule(0);
  }

  private schedule(delay = SETTLE_MS): void {
    if (this.stopped) {
      return;
    }
    if (this.timer) {
      clearTimeout(this.timer);
    }
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.warm().finally(() => (this.running = null));
    }, delay);
    this.timer.unref();
  }

  private async warm(): Promise<void> {
    try {
      // After a burst of changes the rollups hold one signed row per change: merge them first.
      await this.benchmarks.compactRollups();
      await Promise.all([
        this.sector.summary({}),
        this.benchmarks.provisionBenchmarks({}, null),
        this.benchmarks.breakdown({}, null, 'year'),
        this.sector.filterOptions(),
        ...this.others.map((task) => task()),
      ]);
    } catch (error) {
      this.logger.warn(`could not precompute the sector overview: ${String(error)}`);
    }
  }

  /**
   * Resolves once no recomputation is waiting or running: for measurements (tests,
   * benchmarks) that must not count the warmer's queries as their own.
   */
  async settled(): Promise<void> {
    while (!this.stopped && (this.timer || this.running)) {
      await (this.running ?? new Promise((resolve) => setTimeout(resolve, 50)));
    }
  }

  onModuleDestroy(): void {
    this.stopped = true;
    if (this.timer) {
      clearTimeout(this.timer);
    }
  }
}
