import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A snapshot of the whole-sector pass: how many landlords, and the phrases they share. */
@Entity('sector_statistics')
export class SectorStatisticsEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  analysisVersion!: string;

  @Column('integer')
  landlords!: number;

  @Column('integer')
  assessments!: number;

  @Column('jsonb')
  phrases!: unknown[];

  @CreateDateColumn({ type: 'timestamptz' })
  computedAt!: Date;
}
