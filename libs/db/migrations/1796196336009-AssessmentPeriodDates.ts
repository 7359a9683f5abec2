import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The period's first and last day, so "current" can order by the period. Stored rows get
 * them, with their year, from the next re-analysis (`chc reanalyse`, or the sector stage
 * after an ingest), which reads them again from the stored period and completion date.
 */
export class AssessmentPeriodDates1796196336009 implements MigrationInterface {
  name = 'AssessmentPeriodDates1796196336009';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "assessment" ADD "periodStart" date`);
    await queryRunner.query(`ALTER TABLE "assessment" ADD "periodEnd" date`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "assessment" DROP COLUMN "periodEnd"`);
    await queryRunner.query(`ALTER TABLE "assessment" DROP COLUMN "periodStart"`);
  }
}
