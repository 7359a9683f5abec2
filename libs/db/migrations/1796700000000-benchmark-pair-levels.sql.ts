/* The SQL of migration BenchmarkPairLevels1796700000000: the rollups also kept by each pair
   of landlord dimensions, so a filter naming two reads the rows of its own pair rather than
   summing every region or kind of the finest level; and indexes that bound a read to the
   level and group. Frozen with the migration: change them in a new migration. */
import {
  addAnswersFunction,
  HISTOGRAM_LEVELS,
  type HistogramLevel,
} from './1796600000000-benchmark-histograms.sql';

const PAIR_LEVELS: HistogramLevel[] = [
  ['kindRegion', ['kind', 'region']],
  ['kindSizeBand', ['kind', 'sizeBand']],
  ['regionSizeBand', ['region', 'sizeBand']],
];

export const PAIR_LEVEL_FUNCTIONS = [addAnswersFunction([...HISTOGRAM_LEVELS, ...PAIR_LEVELS])];

// A read names the level and, as a value or NULL, all three dimensions: these bound it to
// its group's rows (the current slots', or a year's), in the order it sums them.
export const GROUP_INDEXES = [
  `CREATE INDEX "IDX_benchmark_answer_count_group" ON "benchmark_answer_count" ("level", "kind", "region", "sizeBand", "above", "provision", "bucket")`,
  `CREATE INDEX "IDX_benchmark_answer_count_group_year" ON "benchmark_answer_count" ("level", "kind", "region", "sizeBand", "year")`,
];

export const DROP_GROUP_INDEXES = [
  `DROP INDEX "public"."IDX_benchmark_answer_count_group_year"`,
  `DROP INDEX "public"."IDX_benchmark_answer_count_group"`,
];

export const CLUSTER_BY_GROUP = [
  `CLUSTER "benchmark_answer_count" USING "IDX_benchmark_answer_count_group"`,
  `ANALYZE "benchmark_answer_count"`,
];
