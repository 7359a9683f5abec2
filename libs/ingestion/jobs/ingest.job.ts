import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { DocumentsRepository } from '../../documents/documents.repository';
import { PermanentJobError, type IngestJobPayload, type JobRequest } from '../../queue/job-types';
import type { IngestionService, IngestOutcome } from '../ingestion.service';

/**
 * The `ingest` job: the document's bytes from the blob store, extracted, analysed and
 * stored in one transaction. Idempotent: the same bytes again are "unchanged". A document
 * that cannot be read fails for good (its reason is kept); anything else is retried.
 */
export function ingestJobHandler(dataSource: DataSource, ingestion: IngestionService) {
  return async ({
    sha256,
    source,
    fetched,
    landlordId,
  }: IngestJobPayload): Promise<IngestOutcome> => {
    const bytes = await new DocumentsRepository(dataSource.manager).readBlob(sha256);
    if (!bytes) {
      throw new PermanentJobError(`${source}: its bytes (${sha256}) are not in the blob store`);
    }
    const outcome = await ingestion.ingestBytes(source, bytes, fetched, landlordId);
    if (outcome.status === 'failed') {
      throw new PermanentJobError(`${source}: ${outcome.reason ?? 'failed'}`);
    }
    return outcome;
  };
}

/** The id that makes the same document one job however often it is enqueued. */
export const ingestJobId = (sha256: string) => `${sha256}-ingest`;

/** Keeps a document's bytes in the blob store and gives the job that ingests them. */
export async function ingestJobFor(
  dataSource: DataSource,
  source: string,
  bytes: Uint8Array,
): Promise<JobRequest<'ingest'>> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  await new DocumentsRepository(dataSource.manager).storeBlob(sha256, bytes);
  return { id: ingestJobId(sha256), name: 'ingest', payload: { sha256, source } };
}
