import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type DocumentOutcome = 'extracted' | 'failed' | 'not_an_assessment';

/** Every document ever fetched or given, by its bytes: the provenance of everything else. */
@Entity('source_document')
export class SourceDocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** URL it came from, or `file:<path from the folder ingested>`, or `upload:<name>`. */
  @Column('text')
  source!: string;

  @Index({ unique: true })
  @Column('char', { length: 64 })
  sha256!: string;

  @Column('text', { nullable: true })
  mediaType!: string | null;

  @Column('integer')
  size!: number;

  @Column('timestamptz')
  fetchedAt!: Date;

  @Column('integer', { nullable: true })
  httpStatus!: number | null;

  @Column('text', { nullable: true })
  etag!: string | null;

  @Column('text', { nullable: true })
  lastModified!: string | null;

  @Column('text')
  outcome!: DocumentOutcome;

  @Column('text', { nullable: true })
  error!: string | null;

  @Column('text', { array: true, default: '{}' })
  warnings!: string[];
}
