import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One search of a landlord's website: what was visited, what was found, why it stopped. */
@Entity('crawl_run')
export class CrawlRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid')
  landlordId!: string;

  @Column('text')
  website!: string;

  @Index()
  @Column('text')
  stopReason!: string;

  @Column('integer')
  pagesVisited!: number;

  /** Every visit: URL, depth, outcome and detail (errors, robots refusals). */
  @Column('jsonb')
  visits!: unknown[];

  /** Self-assessments found: URL, period, whether current, and whether unchanged since last time. */
  @Column('jsonb')
  found!: unknown[];

  @CreateDateColumn({ type: 'timestamptz' })
  startedAt!: Date;
}
