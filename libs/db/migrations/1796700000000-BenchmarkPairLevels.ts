import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  CLUSTER_ROLLUPS,
  DROP_HISTOGRAM_INDEXES,
  HISTOGRAM_FUNCTIONS,
  HISTOGRAM_INDEXES,
} from './1796600000000-benchmark-histograms.sql';
import {
  CLUSTER_BY_GROUP,
  DROP_GROUP_INDEXES,
  GROUP_INDEXES,
  PAIR_LEVEL_FUNCTIONS,
} from './1796700000000-benchmark-pair-levels.sql';

/**
 * Benchmark rollups by every pair of landlord dimensions as well (kind and region, kind and
 * size band, region and size band), indexed by level and group, recounted from what is
 * stored.
 */
export class BenchmarkPairLevels1796700000000 implements MigrationInterface {
  name = 'BenchmarkPairLevels1796700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await this.recount(queryRunner, {
      drop: DROP_HISTOGRAM_INDEXES,
      create: [...GROUP_INDEXES, ...PAIR_LEVEL_FUNCTIONS],
      cluster: CLUSTER_BY_GROUP,
    });
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await this.recount(queryRunner, {
      drop: DROP_GROUP_INDEXES,
      create: [...HISTOGRAM_INDEXES, ...HISTOGRAM_FUNCTIONS],
      cluster: CLUSTER_ROLLUPS,
    });
  }

  private async recount(
    queryRunner: QueryRunner,
    change: { drop: string[]; create: string[]; cluster: string[] },
  ): Promise<void> {
    await queryRunner.query(`TRUNCATE "benchmark_answer_count"`);
    for (const statement of [...change.drop, ...change.create]) {
      await queryRunner.query(statement);
    }
    await queryRunner.query(`SELECT benchmark_rebuild()`);
    // Statistics of the refilled table, or the planner takes it for empty and merges row by row.
    await queryRunner.query(`ANALYZE "benchmark_answer_count"`);
    await queryRunner.query(`SELECT benchmark_compact()`);
    // Rewritten in read order, without the rebuild's dead rows.
    for (const statement of change.cluster) {
      await queryRunner.query(statement);
    }
  }
}
