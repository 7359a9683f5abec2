import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Documents ingested from local files were stored under the absolute path on the machine
 * that read them, which exports then published. They keep `file:<base name>` instead, as
 * new ingests do. Data only; the old paths are not kept, so `down` leaves them as they are.
 */
export class LastingDocumentSources1796193888398 implements MigrationInterface {
  name = 'LastingDocumentSources1796193888398';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "source_document" SET "source" = 'file:' || regexp_replace("source", '^.*[\\\\/]', '')
       WHERE "source" ~ '^([\\\\/]|[A-Za-z]:[\\\\/])'`,
    );
  }

  public async down(): Promise<void> {
    // The absolute paths were dropped on purpose: there is nothing to restore.
  }
}
