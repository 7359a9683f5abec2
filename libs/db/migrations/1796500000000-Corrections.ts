import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Corrections1796500000000 implements MigrationInterface {
  name = 'Corrections1796500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "correction" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assessmentId" uuid NOT NULL, "responseId" uuid, "provision" text, "kind" text NOT NULL, "oldValue" jsonb, "newValue" jsonb, "note" text NOT NULL, "correctedBy" text NOT NULL, "correctedByKey" uuid, "correctedByRole" text NOT NULL, "correctedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "undoneAt" TIMESTAMP WITH TIME ZONE, "undoneBy" text, "droppedAt" TIMESTAMP WITH TIME ZONE, "droppedReason" text, CONSTRAINT "PK_87d78e856994ebac898b898ad9a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3c526835ef3a89a8f984987f71" ON "correction" ("assessmentId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_25cc3587ad80194f123dd10e5f" ON "correction" ("responseId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_9bde20296d99309dd6f1fa29b8" ON "correction" ("kind") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a34847b21b7f3570d1e8135768" ON "correction" ("assessmentId", "provision", "kind") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_a34847b21b7f3570d1e8135768"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9bde20296d99309dd6f1fa29b8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_25cc3587ad80194f123dd10e5f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3c526835ef3a89a8f984987f71"`);
    await queryRunner.query(`DROP TABLE "correction"`);
  }
}
