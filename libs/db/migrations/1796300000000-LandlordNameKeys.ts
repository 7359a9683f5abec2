import type { MigrationInterface, QueryRunner } from 'typeorm';
import { landlordNameKey } from '@ingest/outcomes/landlord-name';

export class LandlordNameKeys1796300000000 implements MigrationInterface {
  name = 'LandlordNameKeys1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "landlord" ADD "nameKey" text`);
    await queryRunner.query(
      `ALTER TABLE "landlord" ADD "aliasKeys" text array NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_4ca2ce34a175ae952c267276ba" ON "landlord" ("nameKey") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_landlord_alias_keys" ON "landlord" USING GIN ("aliasKeys")`,
    );
    // The keys are made by the same function as for every later write (not SQL's own idea of it).
    const landlords = (await queryRunner.query(
      `SELECT "id", "name", "aliases" FROM "landlord"`,
    )) as { id: string; name: string; aliases: string[] }[];
    for (const { id, name, aliases } of landlords) {
      const aliasKeys = [...new Set(aliases.map(landlordNameKey).filter(Boolean))];
      await queryRunner.query(
        `UPDATE "landlord" SET "nameKey" = $2, "aliasKeys" = $3::text[] WHERE "id" = $1`,
        [id, landlordNameKey(name), aliasKeys],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_landlord_alias_keys"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4ca2ce34a175ae952c267276ba"`);
    await queryRunner.query(`ALTER TABLE "landlord" DROP COLUMN "aliasKeys"`);
    await queryRunner.query(`ALTER TABLE "landlord" DROP COLUMN "nameKey"`);
  }
}
