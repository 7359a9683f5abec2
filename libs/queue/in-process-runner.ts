import { setTimeout as sleep } from 'node:timers/promises';
import type { JobRunner } from './job-runner';
import {
  PermanentJobError,
  RETRY,
  type FailedJob,
  type JobHandlers,
  type JobOutcome,
  type JobRequest,
  type QueueCounts,
} from './job-types';

/** The same jobs without Redis: run here, a few at a time, with the same retry policy. */
export class InProcessRunner implements JobRunner {
  readonly kind = 'in-process' as const;
  private readonly failures = new Map<string, FailedJob>();
  private readonly done = new Map<string, JobOutcome>();

  constructor(
    private readonly handlers: JobHandlers,
    private readonly concurrency: number,
    private readonly backoffMs: number = RETRY.backoffMs,
  ) {}

  async runAll(
    jobs: readonly JobRequest[],
    onSettled?: (outcome: JobOutcome) => void,
  ): Promise<JobOutcome[]> {
    const unique = [...new Map(jobs.map((j) => [j.id, j])).values()];
    const outcomes: JobOutcome[] = [];
    let next = 0;
    const lane = async () => {
      while (next < unique.length) {
        const job = unique[next++]!;
        const outcome = this.done.get(job.id) ?? (await this.runOne(job));
        outcomes.push(outcome);
        onSettled?.(outcome);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, unique.length) }, lane));
    return outcomes;
  }

  private async runOne(job: JobRequest): Promise<JobOutcome> {
    const handler = this.handlers[job.name] as (payload: unknown) => Promise<unknown>;
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await handler(job.payload);
        const outcome = { id: job.id, name: job.name, ok: true, result, attempts: attempt };
        this.done.set(job.id, outcome);
        return outcome;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (error instanceof PermanentJobError || attempt >= RETRY.attempts) {
          this.failures.set(job.id, {
            id: job.id,
            name: job.name,
            error: message,
            attempts: attempt,
            failedAt: new Date().toISOString(),
          });
          return { id: job.id, name: job.name, ok: false, error: message, attempts: attempt };
        }
        await sleep(this.backoffMs * 2 ** (attempt - 1));
      }
    }
  }

  work(): Promise<void> {
    return Promise.reject(
      new Error(
        'chc worker needs REDIS_URL: without Redis, jobs run inside the command that makes them',
      ),
    );
  }

  failed(limit = 50): Promise<FailedJob[]> {
    return Promise.resolve([...this.failures.values()].slice(0, limit));
  }

  counts(): Promise<QueueCounts> {
    return Promise.resolve({
      waiting: 0,
      active: 0,
      delayed: 0,
      failed: this.failures.size,
      completed: this.done.size,
    });
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
