import type { DataSource } from 'typeorm';
import { localFileSource } from '@chc/documents/document-source';
import { readInputFile } from '@chc/extraction';
import { ingestJobFor } from '@chc/ingestion/jobs/ingest.job';
import type { JobRequest } from '@chc/queue';
import { MAX_DOCUMENT_BYTES } from '@ingest/extract';

/** The ingest jobs for a batch of files, and what was left out of it, one line each. */
export interface IngestInputs {
  jobs: JobRequest[];
  /** `<file>: <reason>` for each file that could not be read. */
  failed: string[];
  /** `<file>: the same document as <first file>` for each repeat of bytes in the batch. */
  repeated: string[];
}

/**
 * Reads each file into the blob store as an ingest job, its source named from `root` (the
 * folder ingested) so no local absolute path is stored. A file that cannot be read is
 * reported and the batch goes on; the same bytes under a second name are reported as the
 * same document and not ingested twice.
 */
export async function ingestInputs(
  dataSource: DataSource,
  files: string[],
  root: string,
): Promise<IngestInputs> {
  const inputs: IngestInputs = { jobs: [], failed: [], repeated: [] };
  const firstBySha = new Map<string, string>();
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = await readInputFile(file, MAX_DOCUMENT_BYTES);
    } catch (error) {
      inputs.failed.push(`${file}: ${(error as Error).message}`);
      continue;
    }
    const job = await ingestJobFor(dataSource, localFileSource(file, root), bytes);
    const first = firstBySha.get(job.payload.sha256);
    if (first) {
      inputs.repeated.push(`${file}: the same document as ${first}`);
      continue;
    }
    firstBySha.set(job.payload.sha256, file);
    inputs.jobs.push(job);
  }
  return inputs;
}
