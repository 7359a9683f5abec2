import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { CorrectionKind } from '../correction-kinds';

/**
 * An analyst's correction (or confirmation) of what was read from a document, kept apart
 * from the extraction: the effective value is written into the response or assessment row,
 * and this row keeps who, when, why, and the value before and after, so the correction can
 * be listed, undone, and applied again after the rows are rewritten.
 */
@Entity('correction')
@Index(['assessmentId', 'provision', 'kind'])
export class CorrectionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The assessment it applies to; moved to the new version when it carries over. */
  @Index()
  @Column('uuid')
  assessmentId!: string;

  /** The response corrected (null for the assessment's own values, or a row since removed). */
  @Index()
  @Column('uuid', { nullable: true })
  responseId!: string | null;

  /** The provision of the response, in the document's own edition (null for assessment kinds). */
  @Column('text', { nullable: true })
  provision!: string | null;

  @Index()
  @Column('text')
  kind!: CorrectionKind;

  /** The value before (null where there was none: a provision added). */
  @Column('jsonb', { nullable: true })
  oldValue!: unknown;

  /** The value after (null where there is none: a provision removed, or a confirmation). */
  @Column('jsonb', { nullable: true })
  newValue!: unknown;

  @Column('text')
  note!: string;

  /** The caller's name (its API key's name, or the dashboards session's). */
  @Column('text')
  correctedBy!: string;

  /** The caller's API key id, where it used one. */
  @Column('uuid', { nullable: true })
  correctedByKey!: string | null;

  @Column('text')
  correctedByRole!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  correctedAt!: Date;

  @Column('timestamptz', { nullable: true })
  undoneAt!: Date | null;

  @Column('text', { nullable: true })
  undoneBy!: string | null;

  /** When a new version of the document no longer had the value it corrected. */
  @Column('timestamptz', { nullable: true })
  droppedAt!: Date | null;

  @Column('text', { nullable: true })
  droppedReason!: string | null;
}
