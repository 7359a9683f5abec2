import type { MigrationInterface, QueryRunner } from 'typeorm';

const WATCHED = ['outcome_measure', 'outcome_event', 'outcome_flag', 'outcome_name_link'];

/**
 * A notice on channel chc_data_changed after any committed change to the outcome tables, as
 * for the tables the benchmarks count, so cached aggregates that read outcomes (the
 * overview's scatter) are forgotten when an import, a link or a new judgement lands.
 */
export class OutcomeChangeNotices1796310000000 implements MigrationInterface {
  name = 'OutcomeChangeNotices1796310000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
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
  }
}
