import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { LandlordEntity } from '../../landlords/entities/landlord.entity';

/** A claim in a landlord's current self-assessment that its published outcomes put in doubt. */
@Entity('outcome_flag')
@Index(['landlordId'])
@Index(['provision'])
export class OutcomeFlagEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => LandlordEntity, { onDelete: 'CASCADE' })
  landlord?: LandlordEntity;

  @Column('uuid')
  landlordId!: string;

  @Column('uuid')
  assessmentId!: string;

  @Column('text')
  ruleId!: string;

  @Column('text')
  rulesVersion!: string;

  /** The 2024 provision claimed (the first, for a rule on a whole section). */
  @Column('text')
  provision!: string;

  @Column('text')
  measure!: string;

  @Column('text')
  tenure!: string;

  @Column('integer')
  year!: number;

  @Column('double precision')
  value!: number;

  @Column('double precision', { nullable: true })
  peerMedian!: number | null;

  @Column('integer')
  peerCount!: number;

  /** The rule in plain words. */
  @Column('text')
  rule!: string;

  /** The flag in plain words, with its figures. */
  @Column('text')
  text!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  computedAt!: Date;
}
