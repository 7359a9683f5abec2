import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Role } from '../access/role';
import { documentDownload, isPublished, type DocumentDownload } from './document-download';
import { DocumentsRepository } from './documents.repository';

/** Serves the bytes behind every export row's source_sha256. */
@Injectable()
export class DocumentsService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The document's bytes and how to serve them. Documents found on the web are public like
   * the exports; ones read from a local file or uploaded were never published, so only
   * analysts may have them.
   */
  async download(sha256: string, role: Role): Promise<DocumentDownload & { bytes: Uint8Array }> {
    const stored = await new DocumentsRepository(this.dataSource.manager).findDocumentBytes(sha256);
    if (!stored) {
      throw new NotFoundException(`no stored document has the sha256 ${sha256}`);
    }
    if (!isPublished(stored.source) && role !== 'analyst') {
      throw new ForbiddenException(
        'this document was not found on the web (a local file or an upload): it needs an analyst API key',
      );
    }
    return { ...documentDownload(sha256, stored.source, stored.mediaType), bytes: stored.bytes };
  }
}
