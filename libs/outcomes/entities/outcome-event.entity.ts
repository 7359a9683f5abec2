import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LandlordEntity } from '../../landlords/entities/landlord.entity';
import type { OutcomeSource } from '../outcome-source';
import { OutcomeImportEntity } from './outcome-import.entity';

/** One Ombudsman finding or one Complaint Handling Failure Order, row by row as published. */
@Entity('outcome_event')
@Index(['landlordId', 'year'])
@Index(['landlordNameKey'])
export class OutcomeEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => OutcomeImportEntity, { onDelete: 'CASCADE' })
  import?: OutcomeImportEntity;

  @Column('uuid')
  importId!: string;

  /** ombudsman (a finding) or chfo (an order). */
  @Column('text')
  source!: OutcomeSource;

  @Column('integer')
  year!: number;

  /** 1–4 (April–June is 1) for orders; null for findings. */
  @Column('integer', { nullable: true })
  quarter!: number | null;

  @ManyToOne(() => LandlordEntity, { onDelete: 'SET NULL', nullable: true })
  landlord?: LandlordEntity | null;

  @Column('uuid', { nullable: true })
  landlordId!: string | null;

  @Column('text')
  landlordName!: string;

  /** The name as a matching key (case, punctuation and legal words ignored). */
  @Column('text')
  landlordNameKey!: string;

  @Column('text', { nullable: true })
  landlordType!: string | null;

  @Column('text', { nullable: true })
  caseId!: string | null;

  @Column('date', { nullable: true })
  decidedOn!: string | null;

  @Column('text', { nullable: true })
  category!: string | null;

  /** severe_maladministration, maladministration, service_failure, reasonable_redress… */
  @Column('text', { nullable: true })
  outcome!: string | null;

  @Column('text')
  sheet!: string;

  @Column('integer')
  row!: number;
}
