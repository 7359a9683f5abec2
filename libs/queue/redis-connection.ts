import type { EventEmitter } from 'node:events';
import IORedis from 'ioredis';
import { QueueError, QueueErrorCode } from './queue.errors';

/** How long a command that needs Redis waits for it before giving up. */
export const REDIS_CONNECT_TIMEOUT_MS = 5_000;

/** The Redis URL as it may be shown: without user name or password. */
export function redisLabel(url: string): string {
  try {
    const shown = new URL(url);
    shown.username = '';
    shown.password = '';
    return shown.toString();
  } catch {
    return 'REDIS_URL (not a valid URL)';
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Fails with a QueueError naming the server when Redis does not answer a PING within the
 * time: a client whose commands would otherwise wait, silently, for as long as it is down.
 */
export async function probeRedis(url: string, timeoutMs = REDIS_CONNECT_TIMEOUT_MS): Promise<void> {
  const client = new IORedis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  let lastError: unknown = null;
  client.on('error', (error: Error) => (lastError = error));
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
  });
  try {
    await Promise.race([client.connect().then(() => client.ping()), timeout]);
  } catch (error) {
    // The connection's own error says why (refused, unknown host, wrong password).
    throw new QueueError(
      QueueErrorCode.RedisUnreachable,
      `Redis at ${redisLabel(url)} does not answer (${messageOf(lastError ?? error)}): ` +
        'start it, or unset REDIS_URL to run jobs in this process',
    );
  } finally {
    clearTimeout(timer);
    client.disconnect();
  }
}

/**
 * One line when Redis stops answering and one when it is back, however many connections
 * and queues report the outage (ioredis and BullMQ emit an error on every retry).
 */
export class RedisOutageLog {
  private down = false;

  constructor(
    private readonly url: string,
    private readonly log: (line: string) => void,
  ) {}

  /** Routes the emitter's errors here; a connection's 'ready' ends the outage. */
  watch<T extends EventEmitter>(emitter: T): T {
    emitter.on('error', (error: unknown) => this.failed(error));
    if (emitter instanceof IORedis) {
      emitter.on('ready', () => this.recovered());
    }
    return emitter;
  }

  private failed(error: unknown): void {
    if (!this.down) {
      this.down = true;
      this.log(
        `Redis at ${redisLabel(this.url)}: ${messageOf(error)}; retrying (further errors not shown until it answers)`,
      );
    }
  }

  private recovered(): void {
    if (this.down) {
      this.down = false;
      this.log(`Redis at ${redisLabel(this.url)} answers again`);
    }
  }
}
