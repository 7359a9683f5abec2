import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { FlagKind } from './flag.entity';

/**
 * An analyst's verdict that a flag on a response is wrong. Kept apart from the flags, which
 * every analysis pass rewrites, so the verdict outlives re-analysis and overrules it.
 */
@Entity('flag_review')
@Index(['responseId', 'kind'], { unique: true })
export class FlagReviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  responseId!: string;

  @Column('text')
  kind!: FlagKind;

  @Column('text')
  note!: string;

  /** The API key's name that made the review. */
  @Column('text')
  reviewer!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  reviewedAt!: Date;
}
