import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export const LANDLORD_KINDS = ['housing_association', 'local_authority', 'almo', 'other'] as const;

export type LandlordKind = (typeof LANDLORD_KINDS)[number];

@Entity('landlord')
// A GIN index on "aliasKeys" (for `@>`), which TypeORM cannot express: made by the
// LandlordNameKeys migration and declared here only so that generating one does not drop it.
@Index('IDX_landlord_alias_keys', { synchronize: false })
export class LandlordEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column('text')
  name!: string;

  /** Other names it goes by (trading names, abbreviations), for matching documents. */
  @Column('text', { array: true, default: '{}' })
  aliases!: string[];

  /**
   * `landlordNameKey` of the name and of each alias, kept by LandlordNameKeysSubscriber on
   * every insert and update: what documents and outcome files are matched on.
   */
  @Index()
  @Column('text', { nullable: true })
  nameKey?: string | null;

  @Column('text', { array: true, default: '{}' })
  aliasKeys?: string[];

  @Column('text', { default: 'other' })
  kind!: LandlordKind;

  /** Regulator of Social Housing, Ombudsman or other register ids, where known. */
  @Column('jsonb', { default: {} })
  registrationIds!: Record<string, string>;

  /** The Regulator of Social Housing's registration number (councils: codes like 00CN). */
  @Index({ unique: true })
  @Column('text', { nullable: true })
  registrationNumber!: string | null;

  /** When the landlord left the Regulator's list (null while it is registered). */
  @Column('date', { nullable: true })
  deregisteredOn!: string | null;

  @Index()
  @Column('text', { nullable: true })
  websiteHost!: string | null;

  @Column('text', { nullable: true })
  website!: string | null;

  @Index()
  @Column('text', { nullable: true })
  region!: string | null;

  @Column('integer', { nullable: true })
  homes!: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
