import { Column, CreateDateColumn, Entity, ManyToOne, PrimaryColumn } from 'typeorm';
import { LandlordEntity } from '../../landlords/entities/landlord.entity';

/** An analyst's decision that a name in the outcome sources is this landlord. */
@Entity('outcome_name_link')
export class OutcomeNameLinkEntity {
  /** The name as a matching key. */
  @PrimaryColumn('text')
  nameKey!: string;

  /** The name as an analyst linked it. */
  @Column('text')
  name!: string;

  @ManyToOne(() => LandlordEntity, { onDelete: 'CASCADE' })
  landlord?: LandlordEntity;

  @Column('uuid')
  landlordId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  linkedAt!: Date;
}
