import type { EntityManager } from 'typeorm';
import { decodeText } from '@ingest/extract/text/decode-text';
import { sniffFormat } from '@ingest/extract';
import { DocumentsRepository } from '../documents/documents.repository';
import { oneEach } from '../graphql/batch';
import { htmlSourceRows, textSourceRows, type SourceRow } from './source-rows';

/** The rows of a stored HTML or text document (none for other formats). */
function documentRows(bytes: Uint8Array): SourceRow[] {
  const format = sniffFormat(bytes);
  if (format === 'html') {
    return htmlSourceRows(decodeText(bytes).text);
  }
  return format === 'text' ? textSourceRows(decodeText(bytes).text) : [];
}

/** The batched lookups behind ReviewItem fields, for one request. */
export class ReviewLoaders {
  /** Each document read once per request, however many of its rows a page shows. */
  readonly rowsOfDocument;

  constructor(manager: EntityManager) {
    const documents = new DocumentsRepository(manager);
    this.rowsOfDocument = oneEach(
      async (sha256s) =>
        (await documents.readBlobs(sha256s)).map((b) => ({
          sha256: b.sha256,
          rows: documentRows(b.bytes),
        })),
      (d) => d.sha256,
    );
  }
}
