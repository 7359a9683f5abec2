import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('cited_document')
export class CitedDocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid')
  responseId!: string;

  @Index()
  @Column('text')
  name!: string;

  @Column('text', { array: true, default: '{}' })
  sections!: string[];
}
