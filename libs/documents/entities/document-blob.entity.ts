import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A document's bytes, by sha256, so workers on any machine can read what was fetched. */
@Entity('document_blob')
export class DocumentBlobEntity {
  @PrimaryColumn('char', { length: 64 })
  sha256!: string;

  @Column('bytea')
  bytes!: Buffer;
}
