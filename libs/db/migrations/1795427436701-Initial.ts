import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795427436701 implements MigrationInterface {
  name = 'Initial1795427436701';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "action" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "responseId" uuid NOT NULL, "text" text NOT NULL, "dueFrom" date, "dueTo" date, CONSTRAINT "PK_2d9db9cf5edfbbae74eb56e3a39" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_1a231f0817fd79deb163ba985e" ON "action" ("responseId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_081e00bc6eac7346a03ef18b92" ON "action" ("dueFrom") `,
    );
    await queryRunner.query(
      `CREATE TABLE "source_document" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "source" text NOT NULL, "sha256" character(64) NOT NULL, "mediaType" text, "size" integer NOT NULL, "fetchedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "httpStatus" integer, "etag" text, "lastModified" text, "outcome" text NOT NULL, "error" text, "warnings" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_96c4b1ff177b8bcd193d1d66fdd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_d049a4c8fd6ad3d9d635764106" ON "source_document" ("sha256") `,
    );
    await queryRunner.query(
      `CREATE TABLE "landlord" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "aliases" text array NOT NULL DEFAULT '{}', "kind" text NOT NULL DEFAULT 'other', "registrationIds" jsonb NOT NULL DEFAULT '{}', "websiteHost" text, "website" text, "region" text, "homes" integer, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_db48a87925757d1ca10e0f250f9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_924476aa0ed71c4bef186d4cd3" ON "landlord" ("name") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_02acde8818330125292aab8dd8" ON "landlord" ("websiteHost") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_8c0ac19035c0ce6990c11e9105" ON "landlord" ("region") `,
    );
    await queryRunner.query(
      `CREATE TABLE "response" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assessmentId" uuid NOT NULL, "provision" text NOT NULL, "provision2024" text, "compliance" text NOT NULL, "rawAnswer" text NOT NULL, "rag" text, "requirement" text NOT NULL, "evidence" text NOT NULL, "commentary" text NOT NULL, "page" integer, "row" integer NOT NULL, "mergedInto" text, "boilerplate" boolean NOT NULL, "boilerplateScore" real NOT NULL, "specificity" real NOT NULL, "analysis" jsonb NOT NULL, CONSTRAINT "PK_f64544baf2b4dc48ba623ce768f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_5f46b1eaf9e842e1cac4be4f05" ON "response" ("provision2024") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_8bb6709a5b1e256c4d01eea277" ON "response" ("compliance") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_6848392ac95a75bf980f932ec0" ON "response" ("boilerplate") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_386f4caefa6124fdb30504ea8a" ON "response" ("assessmentId", "provision") `,
    );
    await queryRunner.query(
      `CREATE TABLE "assessment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "landlordId" uuid, "landlordNameInDocument" text, "documentId" uuid NOT NULL, "edition" text, "period" text, "periodKey" text NOT NULL, "completedOn" date, "year" integer, "extractorVersion" text NOT NULL, "analysisVersion" text NOT NULL, "indices" jsonb NOT NULL, "supersededById" uuid, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c511a7dc128256876b6b1719401" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_707ec34e81c78d68b179e5263b" ON "assessment" ("landlordId") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_5d8389f13ecf57befd8f26f76a" ON "assessment" ("documentId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_bb1f1e4aae8c4cdfeb88117432" ON "assessment" ("year") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_698f3f3446a58c3ce0c7e4c8d5" ON "assessment" ("supersededById") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_f447625b447ad0d69299803d0d" ON "assessment" ("landlordId", "periodKey") `,
    );
    await queryRunner.query(
      `CREATE TABLE "cited_document" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "responseId" uuid NOT NULL, "name" text NOT NULL, "sections" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_ed1507e29fa82b775dfea7b82e6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e7dbdb635ec00e8d6a3d0af028" ON "cited_document" ("responseId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_351397b5d3d91d2a3ac062fa6a" ON "cited_document" ("name") `,
    );
    await queryRunner.query(
      `CREATE TABLE "flag" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "responseId" uuid NOT NULL, "kind" text NOT NULL, "reason" text NOT NULL, CONSTRAINT "PK_17b74257294fdfd221178a132d4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_450a822449fd55843bd6c51c79" ON "flag" ("responseId") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_710816cde92f10ce38d46cddab" ON "flag" ("kind") `);
    await queryRunner.query(
      `ALTER TABLE "response" ADD CONSTRAINT "FK_491dfb2e657a0a55c6705608167" FOREIGN KEY ("assessmentId") REFERENCES "assessment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment" ADD CONSTRAINT "FK_707ec34e81c78d68b179e5263b5" FOREIGN KEY ("landlordId") REFERENCES "landlord"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment" ADD CONSTRAINT "FK_5d8389f13ecf57befd8f26f76a2" FOREIGN KEY ("documentId") REFERENCES "source_document"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "assessment" DROP CONSTRAINT "FK_5d8389f13ecf57befd8f26f76a2"`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment" DROP CONSTRAINT "FK_707ec34e81c78d68b179e5263b5"`,
    );
    await queryRunner.query(
      `ALTER TABLE "response" DROP CONSTRAINT "FK_491dfb2e657a0a55c6705608167"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_710816cde92f10ce38d46cddab"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_450a822449fd55843bd6c51c79"`);
    await queryRunner.query(`DROP TABLE "flag"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_351397b5d3d91d2a3ac062fa6a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e7dbdb635ec00e8d6a3d0af028"`);
    await queryRunner.query(`DROP TABLE "cited_document"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f447625b447ad0d69299803d0d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_698f3f3446a58c3ce0c7e4c8d5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bb1f1e4aae8c4cdfeb88117432"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5d8389f13ecf57befd8f26f76a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_707ec34e81c78d68b179e5263b"`);
    await queryRunner.query(`DROP TABLE "assessment"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_386f4caefa6124fdb30504ea8a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6848392ac95a75bf980f932ec0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8bb6709a5b1e256c4d01eea277"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5f46b1eaf9e842e1cac4be4f05"`);
    await queryRunner.query(`DROP TABLE "response"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8c0ac19035c0ce6990c11e9105"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_02acde8818330125292aab8dd8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_924476aa0ed71c4bef186d4cd3"`);
    await queryRunner.query(`DROP TABLE "landlord"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d049a4c8fd6ad3d9d635764106"`);
    await queryRunner.query(`DROP TABLE "source_document"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_081e00bc6eac7346a03ef18b92"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1a231f0817fd79deb163ba985e"`);
    await queryRunner.query(`DROP TABLE "action"`);
  }
}
