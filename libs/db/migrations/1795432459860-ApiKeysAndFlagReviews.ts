import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ApiKeysAndFlagReviews1795432459860 implements MigrationInterface {
  name = 'ApiKeysAndFlagReviews1795432459860';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "api_key" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "keyHash" character(64) NOT NULL, "role" text NOT NULL, "revokedAt" TIMESTAMP WITH TIME ZONE, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b1bd840641b8acbaad89c3d8d11" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_4aacb7c1641a74534c8a96c4dc" ON "api_key" ("keyHash") `,
    );
    await queryRunner.query(
      `CREATE TABLE "flag_review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "responseId" uuid NOT NULL, "kind" text NOT NULL, "note" text NOT NULL, "reviewer" text NOT NULL, "reviewedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_978623d23680604b86eea51b024" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_c568aa9f646e4ffae26faf10b1" ON "flag_review" ("responseId", "kind") `,
    );
    await queryRunner.query(`ALTER TABLE "flag" ADD "overruled" boolean NOT NULL DEFAULT false`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "flag" DROP COLUMN "overruled"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c568aa9f646e4ffae26faf10b1"`);
    await queryRunner.query(`DROP TABLE "flag_review"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4aacb7c1641a74534c8a96c4dc"`);
    await queryRunner.query(`DROP TABLE "api_key"`);
  }
}
