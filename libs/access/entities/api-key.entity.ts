import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '../role';

/** An API key: only its SHA-256 is kept, so a leaked database does not leak keys. */
@Entity('api_key')
export class ApiKeyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Who holds it, for the operator's records. */
  @Column('text')
  name!: string;

  @Index({ unique: true })
  @Column('char', { length: 64 })
  keyHash!: string;

  @Column('text')
  role!: Role;

  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
