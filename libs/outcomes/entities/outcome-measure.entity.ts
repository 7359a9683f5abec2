import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LandlordEntity } from '../../landlords/entities/landlord.entity';
import type { OutcomeSource } from '../outcome-source';
import { OutcomeImportEntity } from './outcome-import.entity';

/** One landlord's figure for one measure, year and tenure, as published or counted. */
@Entity('outcome_measure')
@Index(['landlordId', 'year'])
@Index(['measure', 'year', 'tenure'])
export class OutcomeMeasureEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => OutcomeImportEntity, { onDelete: 'CASCADE' })
  import?: OutcomeImportEntity;

  @Column('uuid')
  importId!: string;

  @Column('text')
  source!: OutcomeSource;

  /** Financial year by its starting calendar year (2023 for 2023-24). */
  @Column('integer')
  year!: number;

  @ManyToOne(() => LandlordEntity, { onDelete: 'SET NULL', nullable: true })
  landlord?: LandlordEntity | null;

  @Column('uuid', { nullable: true })
  landlordId!: string | null;

  /** The landlord's name and code as the source gives them. */
  @Column('text')
  landlordName!: string;

  @Column('text', { nullable: true })
  landlordCode!: string | null;

  /** PRP, LARP, LA… as published for that year. */
  @Column('text', { nullable: true })
  landlordType!: string | null;

  @Column('text', { nullable: true })
  sizeBand!: string | null;

  /** lcra, lcho or combined. */
  @Column('text')
  tenure!: string;

  /** `CH01 stage 1`, `CH02 stage 2`, `TP09`, `HOS maladministration rate`, `CHFO`. */
  @Column('text')
  measure!: string;

  @Column('double precision', { nullable: true })
  value!: number | null;

  /** `[X]`, `[Z]`, `[E]`, `[U]`… where the source gave a marker instead of a figure. */
  @Column('text', { nullable: true })
  marker!: string | null;

  @Column('double precision', { nullable: true })
  numerator!: number | null;

  @Column('double precision', { nullable: true })
  denominator!: number | null;

  @Column('text')
  sheet!: string;

  /** Row of the sheet; null for a figure counted over many rows (Ombudsman, CHFO). */
  @Column('integer', { nullable: true })
  row!: number | null;
}
