import type { MigrationInterface, QueryRunner } from 'typeorm';

const WATCHED = ['landlord', 'assessment', 'response', 'flag', 'flag_review', 'sector_statistics'];

/**
 * Faster benchmark reads: whether a response has text as a column, a covering index so the
 * aggregates read only the index, and a notice on channel chc_data_changed after any
 * committed change to what the benchmarks count, so API caches know to forget.
 */
export class BenchmarkReads1795434133986 implements MigrationInterface {
  name = 'BenchmarkReads1795434133986';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "response" ADD "hasText" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `UPDATE "response" SET "hasText" = ("evidence" <> '' OR "commentary" <> '')`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_response_benchmark" ON "response" ("assessmentId") INCLUDE ("provision2024", "compliance", "boilerplate", "specificity", "hasText")`,
    );
    await queryRunner.query(
      `CREATE FUNCTION chc_notify_data_changed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('chc_data_changed', TG_TABLE_NAME); RETURN NULL; END $$`,
    );
    for (const table of WATCHED) {
      await queryRunner.query(
        `CREATE TRIGGER "chc_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION chc_notify_data_changed()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of WATCHED) {
      await queryRunner.query(`DROP TRIGGER "chc_data_changed" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION chc_notify_data_changed()`);
    await queryRunner.query(`DROP INDEX "IDX_response_benchmark"`);
    await queryRunner.query(`ALTER TABLE "response" DROP COLUMN "hasText"`);
  }
}
