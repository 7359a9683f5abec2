import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Full-text search over evidence and commentary (an expression index the generator cannot write). */
export class ResponseTextSearch1795427500000 implements MigrationInterface {
  name = 'ResponseTextSearch1795427500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_response_text_search" ON "response" USING GIN (to_tsvector('english', "evidence" || ' ' || "commentary"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_response_text_search"`);
  }
}
