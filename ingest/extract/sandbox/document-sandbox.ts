import path from 'node:path';
import { Piscina } from 'piscina';
import { DocumentError, DocumentErrorCode } from '@ingest/core';
import type { ReaderFailure, ReaderResult, ReaderTask } from './reader-messages';

export interface SandboxLimits {
  /** Wall-clock limit for one document, in milliseconds. */
  timeoutMs: number;
  /** Heap limit of a reader thread, in MiB. */
  memoryMb: number;
  threads: number;
}

/** Parsers' messages may run over several lines; a reason is reported on one. */
const oneLine = (message: string) => message.replace(/\s+/g, ' ').trim();

export const DEFAULT_SANDBOX_LIMITS: SandboxLimits = {
  timeoutMs: 60_000,
  memoryMb: 768,
  threads: 2,
};

/**
 * Reads documents of every format in worker threads with a heap limit and a deadline: a
 * document that hangs, swells or nests too deep is stopped and reported for good, and the
 * thread is replaced.
 */
export class DocumentSandbox {
  private readonly pool: Piscina;
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limits: SandboxLimits = DEFAULT_SANDBOX_LIMITS) {
    this.pool = new Piscina({
      filename: path.join(__dirname, 'document-reader.worker.mjs'),
      maxThreads: limits.threads,
      minThreads: 0,
      idleTimeout: 2_000,
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: 64 },
    });
  }

  /**
   * Reads one document. Callers may ask for more than there are threads; a document's
   * deadline starts when a thread is free for it, so waiting never counts against it.
   */
  async read<T extends ReaderResult>(task: ReaderTask): Promise<T> {
    if (this.running < this.limits.threads) {
      this.running++;
    } else {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    try {
      return await this.readNow<T>(task);
    } finally {
      const next = this.waiting.shift();
      if (next) {
        next();
      } else {
        this.running--;
      }
    }
  }

  private async readNow<T extends ReaderResult>(task: ReaderTask): Promise<T> {
    const signal = AbortSignal.timeout(this.limits.timeoutMs);
    let result: ReaderResult | ReaderFailure;
    try {
      result = (await this.pool.run(task, { signal })) as ReaderResult | ReaderFailure;
    } catch (error) {
      if (signal.aborted) {
        throw new DocumentError(
          DocumentErrorCode.TimedOut,
          `reading the document took longer than ${this.limits.timeoutMs / 1000} s`,
        );
      }
      const code = (error as { code?: string }).code;
      if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
        throw new DocumentError(
          DocumentErrorCode.OutOfMemory,
          `ran out of memory reading the document (the limit is ${this.limits.memoryMb} MiB)`,
        );
      }
      throw new DocumentError(
        DocumentErrorCode.Corrupt,
        oneLine(`the reader failed: ${(error as Error).message}`),
      );
    }
    if (result.kind === 'failure') {
      throw new DocumentError(result.code, oneLine(result.message));
    }
    return result as T;
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }
}
