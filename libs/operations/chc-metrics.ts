import { setTimeout as delay } from 'node:timers/promises';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import {
  PermanentJobError,
  type JobHandlers,
  type JobName,
  type JobPayloads,
  type QueueCounts,
} from '../queue/job-types';

/** How long a scrape waits for the queue's counts before reporting the queue unreachable. */
const QUEUE_COUNTS_MS = 2_000;

/** What an ingest job did with its document, as the documents counter labels it. */
type DocumentOutcome = 'ingested' | 'unchanged' | 'failed';

/**
 * The Prometheus metrics of one process: HTTP requests (the API), the queue's depth, the
 * job attempts and documents this process handled. One registry per pipeline, so several
 * servers in one process (tests) keep their own counts.
 */
export class ChcMetrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'method' | 'route' | 'status'>;
  private readonly latency: Histogram<'method' | 'route' | 'status'>;
  private readonly jobs: Counter<'job' | 'outcome'>;
  private readonly documents: Counter<'outcome'>;
  private queueCounts: (() => Promise<QueueCounts>) | null = null;
  /** The read under way: both queue gauges of one scrape share it. */
  private reading: Promise<QueueCounts | null> | null = null;

  constructor() {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    const labelNames = ['method', 'route', 'status'] as const;
    this.requests = new Counter({
      name: 'chc_http_requests_total',
      help: 'HTTP requests answered, by method, route and status',
      labelNames,
      registers,
    });
    this.latency = new Histogram({
      name: 'chc_http_request_duration_seconds',
      help: 'Time to answer an HTTP request, by method, route and status',
      labelNames,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    });
    this.jobs = new Counter({
      name: 'chc_job_attempts_total',
      help: 'Job attempts run in this process, by job and outcome (a failed attempt may be retried)',
      labelNames: ['job', 'outcome'],
      registers,
    });
    this.documents = new Counter({
      name: 'chc_documents_total',
      help: 'Documents ingested in this process: ingested (new), unchanged (same bytes) or failed',
      labelNames: ['outcome'],
      registers,
    });
    const readQueue = () => this.readQueueOnce();
    new Gauge({
      name: 'chc_queue_up',
      help: 'Whether the queue answered within 2 s (1) or not (0)',
      registers,
      async collect() {
        this.set((await readQueue()) ? 1 : 0);
      },
    });
    new Gauge({
      name: 'chc_queue_jobs',
      help: 'Jobs in the queue by state (BullMQ: every process sharing Redis; in-process: this one)',
      labelNames: ['state'],
      registers,
      async collect() {
        this.reset();
        const counts = await readQueue();
        for (const [state, count] of Object.entries(counts ?? {}) as [string, number][]) {
          this.set({ state }, count);
        }
      },
    });
  }

  /** Where the queue's depth comes from (the pipeline's job runner). */
  watchQueue(counts: () => Promise<QueueCounts>): void {
    this.queueCounts = counts;
  }

  private readQueueOnce(): Promise<QueueCounts | null> {
    this.reading ??= this.readQueue().finally(() => (this.reading = null));
    return this.reading;
  }

  private async readQueue(): Promise<QueueCounts | null> {
    if (!this.queueCounts) {
      return null;
    }
    const timer = new AbortController();
    try {
      return await Promise.race([
        this.queueCounts(),
        delay(QUEUE_COUNTS_MS, null, { signal: timer.signal }),
      ]);
    } catch {
      return null;
    } finally {
      timer.abort();
    }
  }

  observeRequest(method: string, route: string, status: number, seconds: number): void {
    const labels = { method, route, status: String(status) };
    this.requests.inc(labels);
    this.latency.observe(labels, seconds);
  }

  /** The same handlers, counting each attempt and, for ingest jobs, each document's outcome. */
  countedHandlers(handlers: JobHandlers): JobHandlers {
    const counted = <N extends JobName>(job: N, handler: JobHandlers[N]) => {
      return async (payload: JobPayloads[N]) => {
        try {
          const result = await (handler as (p: JobPayloads[N]) => Promise<unknown>)(payload);
          this.jobs.inc({ job, outcome: 'completed' });
          if (job === 'ingest') {
            this.documents.inc({ outcome: (result as { status: DocumentOutcome }).status });
          }
          return result;
        } catch (error) {
          this.jobs.inc({ job, outcome: 'failed' });
          // Only a permanent failure is the document's fault; others are retried.
          if (job === 'ingest' && error instanceof PermanentJobError) {
            this.documents.inc({ outcome: 'failed' });
          }
          throw error;
        }
      };
    };
    return {
      crawl: counted('crawl', handlers.crawl),
      fetch: counted('fetch', handlers.fetch),
      ingest: counted('ingest', handlers.ingest),
      sector: counted('sector', handlers.sector),
    };
  }
}
