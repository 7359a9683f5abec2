import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Answers to one 2024 provision, at one exact specificity, by the slots of one group (year,
 * edition, landlord kind, region, size band, slots above): signed changes appended by the
 * triggers of migration BenchmarkRollups and merged by `benchmark_compact()`, so the sum
 * over a group's rows is its count. Keyed by the exact specificity so quantiles are exact.
 */
@Entity('benchmark_answer_count')
// Made by the migration; declared so that generating a migration does not drop them.
@Index('IDX_benchmark_answer_count_above', { synchronize: false })
@Index('IDX_benchmark_answer_count_year', { synchronize: false })
@Index('IDX_benchmark_answer_count_unmerged', { synchronize: false })
export class BenchmarkAnswerCountEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  /** Whether `benchmark_compact()` wrote it: a group's rows are merged while any is not. */
  @Column('boolean', { default: false })
  merged!: boolean;

  /** A row for the whole sector (kind, region and size band not kept), read when no filter names them. */
  @Column('boolean')
  sector!: boolean;

  @Column('integer', { nullable: true })
  year!: number | null;

  @Column('text', { nullable: true })
  edition!: string | null;

  @Column('text', { nullable: true })
  kind!: string | null;

  @Column('text', { nullable: true })
  region!: string | null;

  @Column('text', { nullable: true })
  sizeBand!: string | null;

  @Column('text', { array: true })
  above!: string[];

  @Column('text')
  provision!: string;

  @Column('real')
  specificity!: number;

  @Column('integer')
  yes!: number;

  @Column('integer')
  no!: number;

  @Column('integer')
  partial!: number;

  @Column('integer')
  notApplicable!: number;

  @Column('integer')
  notStated!: number;

  /** Answers with text. */
  @Column('integer')
  judged!: number;

  /** Boilerplate answers with text. */
  @Column('integer')
  boilerplate!: number;
}
