import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { AssessmentEntity } from './assessment.entity';

/** One provision's answer in one assessment, with its analysis. */
@Entity('response')
@Index(['assessmentId', 'provision'], { unique: true })
// A covering index (INCLUDE columns) that TypeORM cannot express: made by the BenchmarkReads
// migration and declared here only so that generating a migration does not drop it.
@Index('IDX_response_benchmark', { synchronize: false })
export class ResponseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  assessmentId!: string;

  @ManyToOne(() => AssessmentEntity, (a) => a.responses, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessmentId' })
  // Relation<> keeps decorator metadata from touching the other class while both load.
  assessment?: Relation<AssessmentEntity>;

  /** The id in the document's own edition. */
  @Column('text')
  provision!: string;

  @Index()
  @Column('text', { nullable: true })
  provision2024!: string | null;

  @Index()
  @Column('text')
  compliance!: string;

  @Column('text')
  rawAnswer!: string;

  @Column('text', { nullable: true })
  rag!: string | null;

  @Column('text')
  requirement!: string;

  @Column('text')
  evidence!: string;

  @Column('text')
  commentary!: string;

  /** Whether there is any text to judge: a row with no words is not judged boilerplate. */
  @Column('boolean', { default: false })
  hasText!: boolean;

  @Column('integer', { nullable: true })
  page!: number | null;

  /** Position of the row in the document. */
  @Column('integer')
  row!: number;

  @Column('text', { nullable: true })
  mergedInto!: string | null;

  /** 0..1: how sure extraction was of this answer; null where not read from a document. */
  @Column('real', { nullable: true })
  confidence!: number | null;

  @Index()
  @Column('boolean')
  boilerplate!: boolean;

  @Column('real')
  boilerplateScore!: number;

  @Column('real')
  specificity!: number;

  /** The full analysis (reasons, specificity parts, contradiction…). */
  @Column('jsonb')
  analysis!: Record<string, unknown>;
}
