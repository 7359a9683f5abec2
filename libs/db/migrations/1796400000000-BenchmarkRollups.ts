import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  DROP_ROLLUPS,
  ROLLUP_FUNCTIONS,
  ROLLUP_TRIGGERS,
} from './1796400000000-benchmark-rollups.sql';

/**
 * Benchmark rollups: the assessments each benchmark may count (slots) and answer counts by
 * group and exact specificity, kept by statement-level triggers on response, assessment and
 * landlord, and filled from what is stored already.
 */
export class BenchmarkRollups1796400000000 implements MigrationInterface {
  name = 'BenchmarkRollups1796400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "benchmark_answer_count" ("id" BIGSERIAL NOT NULL, "merged" boolean NOT NULL DEFAULT false, "sector" boolean NOT NULL, "year" integer, "edition" text, "kind" text, "region" text, "sizeBand" text, "above" text array NOT NULL, "provision" text NOT NULL, "specificity" real NOT NULL, "yes" integer NOT NULL, "no" integer NOT NULL, "partial" integer NOT NULL, "notApplicable" integer NOT NULL, "notStated" integer NOT NULL, "judged" integer NOT NULL, "boilerplate" integer NOT NULL, CONSTRAINT "PK_1558013e8eefd690e7812d1db97" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "benchmark_slot" ("assessmentId" uuid NOT NULL, "key" uuid NOT NULL, "landlordId" uuid, "year" integer, "edition" text, "kind" text, "region" text, "sizeBand" text, "above" text array NOT NULL, "yes" integer NOT NULL DEFAULT '0', "gaps" integer NOT NULL DEFAULT '0', "stated" integer NOT NULL DEFAULT '0', "boilerplate" integer NOT NULL DEFAULT '0', "judged" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_add70f946985e6a9000ae76ca1e" PRIMARY KEY ("assessmentId"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_2c6619c2b774d37e007b6507ba" ON "benchmark_slot" ("key") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_benchmark_answer_count_above" ON "benchmark_answer_count" ("sector", "above")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_benchmark_answer_count_year" ON "benchmark_answer_count" ("sector", "year")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_benchmark_answer_count_unmerged" ON "benchmark_answer_count" ("id") WHERE NOT "merged"`,
    );
    for (const statement of [...ROLLUP_FUNCTIONS, ...ROLLUP_TRIGGERS]) {
      await queryRunner.query(statement);
    }
    await queryRunner.query(`SELECT benchmark_rebuild()`);
    await queryRunner.query(`SELECT benchmark_compact()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of DROP_ROLLUPS) {
      await queryRunner.query(statement);
    }
    await queryRunner.query(`DROP INDEX "public"."IDX_benchmark_answer_count_unmerged"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_benchmark_answer_count_year"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_benchmark_answer_count_above"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2c6619c2b774d37e007b6507ba"`);
    await queryRunner.query(`DROP TABLE "benchmark_slot"`);
    await queryRunner.query(`DROP TABLE "benchmark_answer_count"`);
  }
}
