import { Job, Queue, QueueEvents, UnrecoverableError, Worker } from 'bullmq';
import IORedis from 'ioredis';
import type { JobRunner } from './job-runner';
import type { RedisOutageLog } from './redis-connection';
import {
  PermanentJobError,
  QUEUE_NAME,
  RETRY,
  type FailedJob,
  type JobHandlers,
  type JobOutcome,
  type JobRequest,
  type QueueCounts,
} from './job-types';

export interface BullmqRunnerOptions {
  redisUrl: string;
  concurrency: number;
  /** Key prefix in Redis; tests give each run its own. */
  prefix?: string;
  /** Also process jobs in this process while waiting for them (off for enqueue-only clients). */
  localWorker: boolean;
  /** Lock on an active job; a job whose worker died is taken back once it lapses. */
  lockMs: number;
  /** Where connection errors go: one line per outage, not one per retry. */
  outages: RedisOutageLog;
}

/**
 * Jobs on BullMQ: ids that deduplicate, exponential backoff, stalled-job recovery (BullMQ
 * moves a job whose worker died back to waiting), failed jobs kept with their errors.
 */
export class BullmqRunner implements JobRunner {
  readonly kind = 'bullmq' as const;
  private readonly connection: IORedis;
  private readonly queue: Queue;
  private events: QueueEvents | null = null;
  private worker: Worker | null = null;
  private readonly extraConnections: IORedis[] = [];

  constructor(
    private readonly handlers: JobHandlers,
    private readonly options: BullmqRunnerOptions,
  ) {
    // BullMQ needs maxRetriesPerRequest null so that blocking commands wait out Redis hiccups.
    this.connection = options.outages.watch(
      new IORedis(options.redisUrl, { maxRetriesPerRequest: null }),
    );
    this.queue = options.outages.watch(
      new Queue(QUEUE_NAME, { connection: this.connection, prefix: options.prefix }),
    );
    // Every job awaited at once listens for the queue closing: thousands is by design.
    this.queue.setMaxListeners(0);
  }

  async runAll(
    jobs: readonly JobRequest[],
    onSettled?: (outcome: JobOutcome) => void,
  ): Promise<JobOutcome[]> {
    this.events ??= this.options.outages.watch(
      new QueueEvents(QUEUE_NAME, { connection: this.duplicate(), prefix: this.options.prefix }),
    );
    this.events.setMaxListeners(0);
    await this.events.waitUntilReady();
    if (this.options.localWorker) {
      this.startWorker();
    }
    const existing = await Promise.all(jobs.map((j) => Job.fromId(this.queue, j.id)));
    const reused: JobOutcome[] = [];
    const fresh: JobRequest[] = [];
    for (const [i, job] of jobs.entries()) {
      const earlier = existing[i];
      if (earlier && (await earlier.isCompleted())) {
        reused.push({
          id: job.id,
          name: job.name,
          ok: true,
          result: earlier.returnvalue as unknown,
          attempts: earlier.attemptsMade,
          reused: true,
        });
      } else {
        fresh.push(job);
      }
    }
    for (const outcome of reused) {
      onSettled?.(outcome);
    }
    const added = await this.queue.addBulk(
      fresh.map((j) => ({
        name: j.name,
        data: j.payload,
        opts: {
          jobId: j.id,
          attempts: RETRY.attempts,
          backoff: { type: 'exponential', delay: RETRY.backoffMs },
          removeOnComplete: { age: 7 * 24 * 3600, count: 100_000 },
          removeOnFail: false,
        },
      })),
    );
    return [...reused, ...(await Promise.all(added.map((job) => this.settle(job, onSettled))))];
  }

  private async settle(job: Job, onSettled?: (outcome: JobOutcome) => void): Promise<JobOutcome> {
    // A job with this id that failed before is tried again; one that completed is reused.
    if (await job.isFailed()) {
      await job.retry('failed');
    }
    let outcome: JobOutcome;
    try {
      const result: unknown = await job.waitUntilFinished(this.events!);
      const finished = await Job.fromId(this.queue, job.id!);
      outcome = {
        id: job.id!,
        name: job.name as JobOutcome['name'],
        ok: true,
        result,
        attempts: finished?.attemptsMade ?? 1,
      };
    } catch (error) {
      const finished = await Job.fromId(this.queue, job.id!);
      outcome = {
        id: job.id!,
        name: job.name as JobOutcome['name'],
        ok: false,
        error: finished?.failedReason ?? (error instanceof Error ? error.message : String(error)),
        attempts: finished?.attemptsMade ?? 1,
      };
    }
    onSettled?.(outcome);
    return outcome;
  }

  /** Blocking readers need connections of their own. */
  private duplicate(): IORedis {
    const connection = this.options.outages.watch(this.connection.duplicate());
    this.extraConnections.push(connection);
    return connection;
  }

  private startWorker(): Worker {
    this.worker ??= this.options.outages.watch(
      new Worker(
        QUEUE_NAME,
        async (job: Job) => {
          const handler = this.handlers[job.name as keyof JobHandlers] as
            ((payload: unknown) => Promise<unknown>) | undefined;
          if (!handler) {
            throw new UnrecoverableError(`no handler for job "${job.name}"`);
          }
          try {
            return await handler(job.data);
          } catch (error) {
            if (error instanceof PermanentJobError) {
              throw new UnrecoverableError(error.message);
            }
            throw error;
          }
        },
        {
          connection: this.duplicate(),
          prefix: this.options.prefix,
          concurrency: this.options.concurrency,
          lockDuration: this.options.lockMs,
          stalledInterval: this.options.lockMs,
        },
      ),
    );
    return this.worker;
  }

  async work(): Promise<void> {
    const worker = this.startWorker();
    await worker.waitUntilReady();
    await new Promise<void>((resolve) => worker.on('closed', () => resolve()));
  }

  async failed(limit = 50): Promise<FailedJob[]> {
    const jobs = await this.queue.getFailed(0, limit - 1);
    return jobs.map((j) => ({
      id: j.id ?? '',
      name: j.name,
      error: j.failedReason,
      attempts: j.attemptsMade,
      failedAt: j.finishedOn ? new Date(j.finishedOn).toISOString() : null,
    }));
  }

  async counts(): Promise<QueueCounts> {
    const c = await this.queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed');
    return {
      waiting: c.waiting ?? 0,
      active: c.active ?? 0,
      delayed: c.delayed ?? 0,
      failed: c.failed ?? 0,
      completed: c.completed ?? 0,
    };
  }

  async close(): Promise<void> {
    await this.worker?.close();
    await this.events?.close();
    await this.queue.close();
    for (const connection of [...this.extraConnections, this.connection]) {
      connection.disconnect();
    }
  }
}
