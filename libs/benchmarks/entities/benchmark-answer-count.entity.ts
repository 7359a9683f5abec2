import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The landlord dimensions a rollup row may keep, as its columns. */
export const ROLLUP_DIMENSIONS = ['kind', 'region', 'sizeBand'] as const;

/**
 * Each level of the rollups with the landlord dimensions its rows keep (the others are
 * NULL): every subset of ROLLUP_DIMENSIONS, so a filter reads rows that keep what it names
 * and no more (migrations BenchmarkHistograms and BenchmarkPairLevels).
 */
export const ROLLUP_LEVELS = {
  sector: [],
  kind: ['kind'],
  region: ['region'],
  sizeBand: ['sizeBand'],
  kindRegion: ['kind', 'region'],
  kindSizeBand: ['kind', 'sizeBand'],
  regionSizeBand: ['region', 'sizeBand'],
  group: ['kind', 'region', 'sizeBand'],
} as const satisfies Record<string, readonly (typeof ROLLUP_DIMENSIONS)[number][]>;

export type RollupLevel = keyof typeof ROLLUP_LEVELS;

/**
 * Answers to one 2024 provision, at one specificity rounded to hundredths, by the slots of
 * one group (year, edition, slots above, and at its level landlord kind, region or size
 * band): signed changes appended by the triggers of migrations BenchmarkRollups and
 * BenchmarkHistograms and merged by `benchmark_compact()`, so the sum over a group's rows is
 * its count. Rounding bounds a group to 101 rows per provision whatever the sector's size.
 */
@Entity('benchmark_answer_count')
// Made by the migration; declared so that generating a migration does not drop them.
@Index('IDX_benchmark_answer_count_group', { synchronize: false })
@Index('IDX_benchmark_answer_count_group_year', { synchronize: false })
@Index('IDX_benchmark_answer_count_unmerged', { synchronize: false })
export class BenchmarkAnswerCountEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  /** Whether `benchmark_compact()` wrote it: a group's rows are merged while any is not. */
  @Column('boolean', { default: false })
  merged!: boolean;

  /** Which landlord dimensions the row keeps (ROLLUP_LEVELS). */
  @Column('text')
  level!: RollupLevel;

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

  /** Specificity × 100, rounded: the histogram bucket (0–100). */
  @Column('smallint')
  bucket!: number;

  /** The exact specificities of the answers counted, summed, for an exact mean. */
  @Column('double precision')
  specificitySum!: number;

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
