import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A judgement on a response (boilerplate, contradiction…) with its reason, which analysts may overrule. */
@Entity('flag')
export class FlagEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid')
  responseId!: string;

  @Index()
  @Column('text')
  kind!: 'boilerplate' | 'contradiction' | 'unsupported';

  @Column('text')
  reason!: string;
}
