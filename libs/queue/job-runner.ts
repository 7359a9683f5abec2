import type { FailedJob, JobOutcome, JobRequest, QueueCounts } from './job-types';

/**
 * Runs pipeline jobs: on BullMQ (Redis) when configured, else in this process, with the
 * same handlers, job ids, retries and failure records either way.
 */
export interface JobRunner {
  readonly kind: 'bullmq' | 'in-process';
  /** Enqueues the jobs and resolves when each has completed or finally failed. */
  runAll(
    jobs: readonly JobRequest[],
    onSettled?: (outcome: JobOutcome) => void,
  ): Promise<JobOutcome[]>;
  /** Starts processing jobs from the queue until closed (a worker). */
  work(): Promise<void>;
  failed(limit?: number): Promise<FailedJob[]>;
  counts(): Promise<QueueCounts>;
  close(): Promise<void>;
}
