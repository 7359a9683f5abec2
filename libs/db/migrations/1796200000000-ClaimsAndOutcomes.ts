import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ClaimsAndOutcomes1796200000000 implements MigrationInterface {
  name = 'ClaimsAndOutcomes1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_response_benchmark"`);
    await queryRunner.query(
      `CREATE TABLE "outcome_import" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "source" text NOT NULL, "fileName" text NOT NULL, "sha256" text NOT NULL, "years" integer array NOT NULL DEFAULT '{}', "rowsRead" integer NOT NULL DEFAULT '0', "problems" jsonb NOT NULL DEFAULT '[]', "importedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ec84814559f215e9e4a0d424d45" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_f443e356951c7467c0755c4aec" ON "outcome_import" ("source", "sha256") `,
    );
    await queryRunner.query(
      `CREATE TABLE "outcome_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "importId" uuid NOT NULL, "source" text NOT NULL, "year" integer NOT NULL, "quarter" integer, "landlordId" uuid, "landlordName" text NOT NULL, "landlordNameKey" text NOT NULL, "landlordType" text, "caseId" text, "decidedOn" date, "category" text, "outcome" text, "sheet" text NOT NULL, "row" integer NOT NULL, CONSTRAINT "PK_9c3045e1ca972dcdfae0c0efb69" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_82c4c3ab8b1a74f2afd4c9a26d" ON "outcome_event" ("landlordNameKey") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_70a72080700d70123f1b1de353" ON "outcome_event" ("landlordId", "year") `,
    );
    await queryRunner.query(
      `CREATE TABLE "outcome_flag" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "landlordId" uuid NOT NULL, "assessmentId" uuid NOT NULL, "ruleId" text NOT NULL, "rulesVersion" text NOT NULL, "provision" text NOT NULL, "measure" text NOT NULL, "tenure" text NOT NULL, "year" integer NOT NULL, "value" double precision NOT NULL, "peerMedian" double precision, "peerCount" integer NOT NULL, "rule" text NOT NULL, "text" text NOT NULL, "computedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_13d8484d01e41c9c23d6fd4667c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_2d8486fe005e4192fef6216c6b" ON "outcome_flag" ("provision") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_419870380f24f6db3775bd7e69" ON "outcome_flag" ("landlordId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "outcome_measure" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "importId" uuid NOT NULL, "source" text NOT NULL, "year" integer NOT NULL, "landlordId" uuid, "landlordName" text NOT NULL, "landlordCode" text, "landlordType" text, "sizeBand" text, "tenure" text NOT NULL, "measure" text NOT NULL, "value" double precision, "marker" text, "numerator" double precision, "denominator" double precision, "sheet" text NOT NULL, "row" integer, CONSTRAINT "PK_5be0ccae42379d67650c556d102" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_809baaf6e77c7a8d499898e5c9" ON "outcome_measure" ("measure", "year", "tenure") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7561fc966333f31f0fbe39b58e" ON "outcome_measure" ("landlordId", "year") `,
    );
    await queryRunner.query(
      `CREATE TABLE "outcome_name_link" ("nameKey" text NOT NULL, "name" text NOT NULL, "landlordId" uuid NOT NULL, "linkedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_09ce11b5c23818facf0aa826d09" PRIMARY KEY ("nameKey"))`,
    );
    await queryRunner.query(`ALTER TABLE "landlord" ADD "registrationNumber" text`);
    await queryRunner.query(`ALTER TABLE "landlord" ADD "deregisteredOn" date`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_fd250b36267f082fde14a49bf9" ON "landlord" ("registrationNumber") `,
    );
    await queryRunner.query(
      `ALTER TABLE "outcome_event" ADD CONSTRAINT "FK_078081b9a8a0e5d1ced49a56340" FOREIGN KEY ("importId") REFERENCES "outcome_import"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "outcome_event" ADD CONSTRAINT "FK_f2508c3677a068733448164d874" FOREIGN KEY ("landlordId") REFERENCES "landlord"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "outcome_flag" ADD CONSTRAINT "FK_419870380f24f6db3775bd7e698" FOREIGN KEY ("landlordId") REFERENCES "landlord"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "outcome_measure" ADD CONSTRAINT "FK_19cf7a1a2e795e5c5f713a932e8" FOREIGN KEY ("importId") REFERENCES "outcome_import"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "outcome_measure" ADD CONSTRAINT "FK_b089f82fd8d7937bd164b330a79" FOREIGN KEY ("landlordId") REFERENCES "landlord"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "outcome_name_link" ADD CONSTRAINT "FK_0bc60eb5ccdd1e624eff8c1e282" FOREIGN KEY ("landlordId") REFERENCES "landlord"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "outcome_name_link" DROP CONSTRAINT "FK_0bc60eb5ccdd1e624eff8c1e282"`,
    );
    await queryRunner.query(
      `ALTER TABLE "outcome_measure" DROP CONSTRAINT "FK_b089f82fd8d7937bd164b330a79"`,
    );
    await queryRunner.query(
      `ALTER TABLE "outcome_measure" DROP CONSTRAINT "FK_19cf7a1a2e795e5c5f713a932e8"`,
    );
    await queryRunner.query(
      `ALTER TABLE "outcome_flag" DROP CONSTRAINT "FK_419870380f24f6db3775bd7e698"`,
    );
    await queryRunner.query(
      `ALTER TABLE "outcome_event" DROP CONSTRAINT "FK_f2508c3677a068733448164d874"`,
    );
    await queryRunner.query(
      `ALTER TABLE "outcome_event" DROP CONSTRAINT "FK_078081b9a8a0e5d1ced49a56340"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_fd250b36267f082fde14a49bf9"`);
    await queryRunner.query(`ALTER TABLE "landlord" DROP COLUMN "deregisteredOn"`);
    await queryRunner.query(`ALTER TABLE "landlord" DROP COLUMN "registrationNumber"`);
    await queryRunner.query(`DROP TABLE "outcome_name_link"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7561fc966333f31f0fbe39b58e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_809baaf6e77c7a8d499898e5c9"`);
    await queryRunner.query(`DROP TABLE "outcome_measure"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_419870380f24f6db3775bd7e69"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2d8486fe005e4192fef6216c6b"`);
    await queryRunner.query(`DROP TABLE "outcome_flag"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_70a72080700d70123f1b1de353"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_82c4c3ab8b1a74f2afd4c9a26d"`);
    await queryRunner.query(`DROP TABLE "outcome_event"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f443e356951c7467c0755c4aec"`);
    await queryRunner.query(`DROP TABLE "outcome_import"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_response_benchmark" ON "response" ("assessmentId", "boilerplate", "compliance", "hasText", "provision2024", "specificity") `,
    );
  }
}
