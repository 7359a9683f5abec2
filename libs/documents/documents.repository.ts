import { In, type EntityManager } from 'typeorm';
import { DocumentBlobEntity } from './entities/document-blob.entity';
import { SourceDocumentEntity } from './entities/source-document.entity';

/** A stored document's bytes with what is known of where they came from. */
export interface StoredDocumentBytes {
  source: string;
  mediaType: string | null;
  bytes: Uint8Array;
}

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

  /** The bytes of several documents at once, by sha256 (those stored). */
  async readBlobs(sha256s: readonly string[]): Promise<{ sha256: string; bytes: Uint8Array }[]> {
    const blobs = await this.manager
      .getRepository(DocumentBlobEntity)
      .findBy({ sha256: In([...sha256s]) });
    return blobs.map((b) => ({
      sha256: b.sha256,
      bytes: new Uint8Array(b.bytes.buffer, b.bytes.byteOffset, b.bytes.byteLength),
    }));
  }

  /** The bytes of a document ingested (fetched, uploaded or read), or null if none has them. */
  async findDocumentBytes(sha256: string): Promise<StoredDocumentBytes | null> {
    const document = await this.manager
      .getRepository(SourceDocumentEntity)
      .findOne({ where: { sha256 }, select: { source: true, mediaType: true } });
    const bytes = document ? await this.readBlob(sha256) : null;
    return document && bytes
      ? { source: document.source, mediaType: document.mediaType, bytes }
      : null;
  }
}
