import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { SourceDocumentEntity } from '../../documents/entities/source-document.entity';
import { LandlordEntity } from '../../landlords/entities/landlord.entity';
import { ResponseEntity } from './response.entity';

/** One published self-assessment: a version of a landlord's assessment for a period. */
@Entity('assessment')
@Index(['landlordId', 'periodKey'])
export class AssessmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid', { nullable: true })
  landlordId!: string | null;

  @ManyToOne(() => LandlordEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'landlordId' })
  landlord?: Relation<LandlordEntity> | null;

  /** The landlord's name as the document gives it. */
  @Column('text', { nullable: true })
  landlordNameInDocument!: string | null;

  @Index({ unique: true })
  @Column('uuid')
  documentId!: string;

  @ManyToOne(() => SourceDocumentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'documentId' })
  document?: Relation<SourceDocumentEntity>;

  @Column('text', { nullable: true })
  edition!: string | null;

  @Column('text', { nullable: true })
  period!: string | null;

  /** First and last day of the period, where the document states them. */
  @Column('date', { nullable: true })
  periodStart!: string | null;

  @Column('date', { nullable: true })
  periodEnd!: string | null;

  /** What identifies "the same assessment" across versions: the assessment year, else the period text. */
  @Column('text')
  periodKey!: string;

  @Column('date', { nullable: true })
  completedOn!: string | null;

  /**
   * The assessment year: the calendar year in which the period covered ends (2024/25 → 2025),
   * else the year it was completed (see `assessmentYear` in ingest/parse).
   */
  @Index()
  @Column('integer', { nullable: true })
  year!: number | null;

  @Column('text')
  extractorVersion!: string;

  @Column('text')
  analysisVersion!: string;

  /** Indices of the whole assessment (boilerplate share, mean specificity…). */
  @Column('jsonb')
  indices!: Record<string, unknown>;

  /**
   * How sure extraction was of this assessment (high, medium, low): a low one is listed for
   * analysts instead of passing as a landlord that answered nothing. Null where the
   * assessment was not read from a document (generated data, or stored before confidence).
   */
  @Index()
  @Column('text', { nullable: true })
  confidenceLevel!: string | null;

  /** 0..1, for ordering: see `ExtractionConfidence.score`. */
  @Column('real', { nullable: true })
  confidenceScore!: number | null;

  /** Plain sentences saying what lowered the confidence. */
  @Column('jsonb', { default: () => "'[]'" })
  confidenceReasons!: string[];

  /** The newer version that replaced this one; null for the current version. */
  @Index()
  @Column('uuid', { nullable: true })
  supersededById!: string | null;

  @OneToMany(() => ResponseEntity, (r) => r.assessment)
  responses?: Relation<ResponseEntity[]>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
