import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type FlagKind = 'boilerplate' | 'contradiction' | 'unsupported';

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
  kind!: FlagKind;

  @Column('text')
  reason!: string;

  /** An analyst marked it wrong (see flag_review); it no longer counts. */
  @Column('boolean', { default: false })
  overruled!: boolean;
}
