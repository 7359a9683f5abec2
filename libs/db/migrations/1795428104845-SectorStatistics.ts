import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SectorStatistics1795428104845 implements MigrationInterface {
  name = 'SectorStatistics1795428104845';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sector_statistics" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "analysisVersion" text NOT NULL, "landlords" integer NOT NULL, "assessments" integer NOT NULL, "phrases" jsonb NOT NULL, "computedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b365506a297e4e0808ec8e7e140" PRIMARY KEY ("id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "sector_statistics"`);
  }
}
