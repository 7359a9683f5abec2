import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ROLLUP_FUNCTIONS } from './1796400000000-benchmark-rollups.sql';
import {
  CLUSTER_ROLLUPS,
  DROP_HISTOGRAM_INDEXES,
  HISTOGRAM_FUNCTIONS,
  HISTOGRAM_INDEXES,
} from './1796600000000-benchmark-histograms.sql';

/** The two functions this migration replaces, as BenchmarkRollups made them. */
const REPLACED = ['CREATE FUNCTION benchmark_add_answers(', 'CREATE FUNCTION benchmark_compact('];

/**
 * Benchmark rollups as bounded histograms: answer counts keyed by specificity rounded to
 * hundredths, at five levels (sector; kind; region; size band; all three), recounted from
 * what is stored.
 */
export class BenchmarkHistograms1796600000000 implements MigrationInterface {
  name = 'BenchmarkHistograms1796600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`TRUNCATE "benchmark_answer_count"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_benchmark_answer_count_above"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_benchmark_answer_count_year"`);
    await queryRunner.query(`ALTER TABLE "benchmark_answer_count" DROP COLUMN "sector"`);
    await queryRunner.query(`ALTER TABLE "benchmark_answer_count" DROP COLUMN "specificity"`);
    await queryRunner.query(`ALTER TABLE "benchmark_answer_count" ADD "level" text NOT NULL`);
    await queryRunner.query(`ALTER TABLE "benchmark_answer_count" ADD "bucket" smallint NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "benchmark_answer_count" ADD "specificitySum" double precision NOT NULL`,
    );
    for (const statement of [...HISTOGRAM_INDEXES, ...HISTOGRAM_FUNCTIONS]) {
      await queryRunner.query(statement);
    }
    await queryRunner.query(`SELECT benchmark_rebuild()`);
    // Statistics of the refilled table, or the planner takes it for empty and merges row by row.
    await queryRunner.query(`ANALYZE "benchmark_answer_count"`);
    await queryRunner.query(`SELECT benchmark_compact()`);
    // Rewritten in read order, without the rebuild's dead rows: a benchmark then reads a few
    // pages, not one page per row.
    for (const statement of CLUSTER_ROLLUPS) {
      await queryRunner.query(statement);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`TRUNCATE "benchmark_answer_count"`);
    for (const statement of DROP_HISTOGRAM_INDEXES) {
      await queryRunner.query(statement);
    }
    await queryRunner.query(`ALTER TABLE "benchmark_answer_count" DROP COLUMN "specificitySum"`);
    await queryRunner.query(`ALTER TABLE "benchmark_answer_count" DROP COLUMN "bucket"`);
    await queryRunner.query(`ALTER TABLE "benchmark_answer_count" DROP COLUMN "level"`);
    await queryRunner.query(`ALTER TABLE "benchmark_answer_count" ADD "specificity" real NOT NULL`);
    await queryRunner.query(`ALTER TABLE "benchmark_answer_count" ADD "sector" boolean NOT NULL`);
    await queryRunner.query(
      `CREATE INDEX "IDX_benchmark_answer_count_year" ON "benchmark_answer_count" ("sector", "year")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_benchmark_answer_count_above" ON "benchmark_answer_count" ("sector", "above")`,
    );
    await queryRunner.query(`DROP FUNCTION benchmark_add_answers(benchmark_part[])`);
    await queryRunner.query(`DROP FUNCTION benchmark_compact()`);
    for (const statement of ROLLUP_FUNCTIONS.filter((s) => REPLACED.some((f) => s.startsWith(f)))) {
      await queryRunner.query(statement);
    }
    await queryRunner.query(`SELECT benchmark_rebuild()`);
    await queryRunner.query(`SELECT benchmark_compact()`);
  }
}
