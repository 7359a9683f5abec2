import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DocumentBlobs1795427651579 implements MigrationInterface {
  name = 'DocumentBlobs1795427651579';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "document_blob" ("sha256" character(64) NOT NULL, "bytes" bytea NOT NULL, CONSTRAINT "PK_6273732304456fca4ed49206caa" PRIMARY KEY ("sha256"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "document_blob"`);
  }
}
