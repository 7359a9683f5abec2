import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An assessment that a benchmark may count: the latest of its landlord's for one year and
 * edition (not superseded, with responses), with the dimensions it is counted under and its
 * answer totals. Kept by database triggers (migration BenchmarkRollups); never written here.
 */
@Entity('benchmark_slot')
export class BenchmarkSlotEntity {
  @PrimaryColumn('uuid')
  assessmentId!: string;

  /** The landlord, or the assessment itself where no landlord is matched. */
  @Index()
  @Column('uuid')
  key!: string;

  @Column('uuid', { nullable: true })
  landlordId!: string | null;

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

  /**
   * "year/edition" of the same landlord's slots that come before this one by the latest-first
   * rule: a filter counts this slot when it admits the slot and none of these.
   */
  @Column('text', { array: true })
  above!: string[];

  @Column('integer', { default: 0 })
  yes!: number;

  /** Answers no or partial. */
  @Column('integer', { default: 0 })
  gaps!: number;

  /** Answers yes, no or partial. */
  @Column('integer', { default: 0 })
  stated!: number;

  /** Boilerplate among responses with text. */
  @Column('integer', { default: 0 })
  boilerplate!: number;

  /** Responses with text. */
  @Column('integer', { default: 0 })
  judged!: number;
}
