import { setTimeout as sleep } from 'node:timers/promises';
import type IORedis from 'ioredis';

/**
 * One request at a time per host, with a gap between requests, across every crawl job
 * that shares this gate — in this process, or (with Redis) on every worker.
 */
export interface HostGate {
  /** Resolves when this caller may send its next request to the host. */
  waitTurn(host: string, gapMs: number): Promise<void>;
}

/** The gate for crawls in one process. */
export class LocalHostGate implements HostGate {
  private readonly nextFree = new Map<string, number>();

  async waitTurn(host: string, gapMs: number): Promise<void> {
    // The monotonic clock, as timers use: a wall clock stepped back by the system would
    // otherwise shorten a gap. Timers round to whole milliseconds, so wait until it is due.
    const slot = Math.max(performance.now(), this.nextFree.get(host) ?? 0);
    this.nextFree.set(host, slot + gapMs);
    for (let wait = slot - performance.now(); wait > 0; wait = slot - performance.now()) {
      await sleep(wait);
    }
  }
}

/**
 * The gate for workers that share Redis: a key per host set with NX and a time-to-live
 * of the gap, so whoever sets it may fetch and the others wait for it to lapse.
 */
export class RedisHostGate implements HostGate {
  constructor(
    private readonly redis: IORedis,
    private readonly prefix: string,
  ) {}

  async waitTurn(host: string, gapMs: number): Promise<void> {
    const key = `${this.prefix}:host-gate:${host}`;
    for (;;) {
      if (gapMs <= 0 || (await this.redis.set(key, '1', 'PX', gapMs, 'NX')) === 'OK') {
        return;
      }
      const wait = await this.redis.pttl(key);
      await sleep(Math.max(10, wait));
    }
  }
}
