import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { OutcomeSource } from '../outcome-source';

/** One published file imported: which, when, and the rows it could not read. */
@Entity('outcome_import')
@Index(['source', 'sha256'], { unique: true })
export class OutcomeImportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  source!: OutcomeSource;

  @Column('text')
  fileName!: string;

  @Column('text')
  sha256!: string;

  /** Financial years (by their starting calendar year) the file covers. */
  @Column('integer', { array: true, default: '{}' })
  years!: number[];

  @Column('integer', { default: 0 })
  rowsRead!: number;

  /** Rows that could not be read: `{ sheet, row, reason }`. */
  @Column('jsonb', { default: [] })
  problems!: { sheet: string; row: number; reason: string }[];

  @CreateDateColumn({ type: 'timestamptz' })
  importedAt!: Date;
}
