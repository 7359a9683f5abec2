import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { FetchError, redactUrl, safeFetch, type FetchPolicy } from '@ingest/crawl';
import { DocumentsRepository } from '../../documents/documents.repository';
import {
  PermanentJobError,
  type FetchJobPayload,
  type IngestJobPayload,
} from '../../queue/job-types';

/**
 * The `fetch` job: downloads a URL safely and keeps its bytes in the blob store; its result
 * is the `ingest` job's payload. A refused or missing document fails for good; a 429, 5xx or
 * network error is retried with backoff.
 */
export function fetchJobHandler(dataSource: DataSource, policy: FetchPolicy) {
  return async ({ url }: FetchJobPayload): Promise<IngestJobPayload> => {
    try {
      const fetched = await safeFetch(url, policy);
      const sha256 = createHash('sha256').update(fetched.bytes).digest('hex');
      await new DocumentsRepository(dataSource.manager).storeBlob(sha256, fetched.bytes);
      const { status, etag, lastModified, contentType } = fetched;
      // Stored and shown as provenance: never with the credentials a URL may carry.
      const source = redactUrl(fetched.url);
      return { sha256, source, fetched: { status, etag, lastModified, contentType } };
    } catch (error) {
      if (error instanceof FetchError && !error.retryable) {
        throw new PermanentJobError(`${redactUrl(url)}: ${error.message}`);
      }
      throw error;
    }
  };
}

/** One fetch per URL per run: a later run fetches again (the page may have changed). */
export const fetchJobId = (url: string, runId: string) =>
  `fetch-${createHash('sha1').update(url).digest('hex')}-${runId}`;
