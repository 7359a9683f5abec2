import type { EntityManager } from 'typeorm';
import { DocumentBlobEntity } from './entities/document-blob.entity';

/** Keeps documents' bytes by sha256, shared by every worker through the database. */
export class DocumentsRepository {
  constructor(private readonly manager: EntityManager) {}

  async storeBlob(sha256: string, bytes: Uint8Array): Promise<void> {
    await this.manager
      .createQueryBuilder()
      .insert()
      .into(DocumentBlobEntity)
      .values({ sha256, bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })
      .orIgnore()
      .execute();
  }

  async readBlob(sha256: string): Promise<Uint8Array | null> {
    const blob = await this.manager
      .getRepository(DocumentBlobEntity)
      .findOne({ where: { sha256 } });
    return blob
      ? new Uint8Array(blob.bytes.buffer, blob.bytes.byteOffset, blob.bytes.byteLength)
      : null;
  }
}
