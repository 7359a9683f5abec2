import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('action')
export class ActionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid')
  responseId!: string;

  @Column('text')
  text!: string;

  @Index()
  @Column('date', { nullable: true })
  dueFrom!: string | null;

  @Column('date', { nullable: true })
  dueTo!: string | null;
}
