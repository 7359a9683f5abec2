import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Extraction confidence on assessments (level, score, reasons) and responses. Generated;
 * the generator's drop of IDX_response_benchmark was taken out: that covering index is
 * made by hand in BenchmarkReads (TypeORM cannot declare INCLUDE columns) and must stay.
 */
export class ExtractionConfidence1796182949817 implements MigrationInterface {
  name = 'ExtractionConfidence1796182949817';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "response" ADD "confidence" real`);
    await queryRunner.query(`ALTER TABLE "assessment" ADD "confidenceLevel" text`);
    await queryRunner.query(`ALTER TABLE "assessment" ADD "confidenceScore" real`);
    await queryRunner.query(
      `ALTER TABLE "assessment" ADD "confidenceReasons" jsonb NOT NULL DEFAULT '[]'`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_69e4977b85d286aaa32d7b2fc6" ON "assessment" ("confidenceLevel") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_69e4977b85d286aaa32d7b2fc6"`);
    await queryRunner.query(`ALTER TABLE "assessment" DROP COLUMN "confidenceReasons"`);
    await queryRunner.query(`ALTER TABLE "assessment" DROP COLUMN "confidenceScore"`);
    await queryRunner.query(`ALTER TABLE "assessment" DROP COLUMN "confidenceLevel"`);
    await queryRunner.query(`ALTER TABLE "response" DROP COLUMN "confidence"`);
  }
}
