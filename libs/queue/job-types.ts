/** The queue every pipeline job goes through, and the jobs on it. */
export const QUEUE_NAME = 'chc-pipeline';

export interface IngestJobPayload {
  /** The document's bytes are in the blob store under this hash. */
  sha256: string;
  /** Where the document came from, for provenance. */
  source: string;
  /** The landlord whose website it was found on, when a crawl found it. */
  landlordId?: string;
  /** What the server said, when it was fetched over HTTP. */
  fetched?: {
    status: number;
    etag: string | null;
    lastModified: string | null;
    contentType: string | null;
  };
}

/** Search one landlord's website for its self-assessments. */
export interface CrawlJobPayload {
  landlordId: string;
  name: string;
  website: string;
}

export interface FetchJobPayload {
  url: string;
}

/** Recompute sector statistics over every current assessment. */
export interface SectorJobPayload {
  /** Why it was asked for (the run that ingested new assessments), for the record. */
  reason: string;
}

/** The pipeline's stages as jobs: crawl or fetch → ingest (extract, analyse, store) → sector statistics. */
export interface JobPayloads {
  crawl: CrawlJobPayload;
  fetch: FetchJobPayload;
  ingest: IngestJobPayload;
  sector: SectorJobPayload;
}

export type JobName = keyof JobPayloads;

export interface JobRequest<N extends JobName = JobName> {
  name: N;
  payload: JobPayloads[N];
  /** Deduplicates: the same id is one job however often it is enqueued (`<sha256>-<stage>`). */
  id: string;
}

/** A job that must not be retried: the input itself is bad. */
export class PermanentJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentJobError';
  }
}

export interface JobOutcome {
  id: string;
  name: JobName;
  ok: boolean;
  result?: unknown;
  error?: string;
  attempts: number;
  /** The job had already completed before this run (same id): its earlier result is returned. */
  reused?: boolean;
}

export interface FailedJob {
  id: string;
  name: string;
  error: string;
  attempts: number;
  failedAt: string | null;
}

export interface QueueCounts {
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
  completed: number;
}

export type JobHandlers = { [N in JobName]: (payload: JobPayloads[N]) => Promise<unknown> };

/** Retry policy shared by both runners: exponential backoff, a few attempts. */
export const RETRY = { attempts: 4, backoffMs: 1_000 } as const;
