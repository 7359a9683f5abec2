import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CrawlRuns1795430836374 implements MigrationInterface {
  name = 'CrawlRuns1795430836374';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "crawl_run" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "landlordId" uuid NOT NULL, "website" text NOT NULL, "stopReason" text NOT NULL, "pagesVisited" integer NOT NULL, "visits" jsonb NOT NULL, "found" jsonb NOT NULL, "startedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d0de5fed8b32894be9ef85f1454" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_0d12ab99aa6d72971a5f9b8d53" ON "crawl_run" ("landlordId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_f205549673fb77faa2394f451e" ON "crawl_run" ("stopReason") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_f205549673fb77faa2394f451e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0d12ab99aa6d72971a5f9b8d53"`);
    await queryRunner.query(`DROP TABLE "crawl_run"`);
  }
}
