import { setTimeout as delay } from 'node:timers/promises';
import { Controller, Get, Inject, Res } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import type { Response } from 'express';
import { PIPELINE, type Pipeline } from '@chc/pipeline';

/** How long a dependency may take to answer before it counts as down. */
const CHECK_MS = 2_000;

export interface Health {
  status: 'ok' | 'unavailable';
  database: 'embedded' | 'postgresql';
  queue: 'bullmq' | 'in-process';
  /** The dependencies that did not answer, e.g. ["redis"]. */
  down: string[];
  /** Each dependency checked: "ok", or why it is down. */
  checks: Record<string, string>;
}

/** "ok", or the reason the check failed or ran out of time (never throws). */
async function check(probe: () => Promise<unknown>): Promise<string> {
  const timer = new AbortController();
  try {
    return await Promise.race([
      probe().then(() => 'ok'),
      delay(CHECK_MS, `no answer within ${CHECK_MS / 1000} s`, { signal: timer.signal }),
    ]);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    timer.abort();
  }
}

// Probes come every few seconds from one address: never rate-limited.
@SkipThrottle()
@Controller('health')
export class HealthController {
  constructor(@Inject(PIPELINE) private readonly pipeline: Pipeline) {}

  /** The process answers (for a liveness probe: restart it when this fails); checks nothing else. */
  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /**
   * 200 when the database (and Redis, when the queue uses it) answer within 2 s each; 503
   * naming any that do not (for a readiness probe: send it no traffic meanwhile). /health is
   * the same check, kept for callers of earlier releases.
   */
  @Get(['ready', '/'])
  async ready(@Res({ passthrough: true }) res: Response): Promise<Health> {
    const { database, runner } = this.pipeline;
    const probes: Record<string, () => Promise<unknown>> = {
      database: () => database.dataSource.query('SELECT 1'),
      ...(runner.kind === 'bullmq' ? { redis: () => runner.counts() } : {}),
    };
    const names = Object.keys(probes);
    const results = await Promise.all(names.map((name) => check(probes[name]!)));
    const checks = Object.fromEntries(names.map((name, i) => [name, results[i]!]));
    const down = names.filter((name) => checks[name] !== 'ok');
    res.status(down.length > 0 ? 503 : 200);
    return {
      status: down.length > 0 ? 'unavailable' : 'ok',
      database: database.embedded ? 'embedded' : 'postgresql',
      queue: runner.kind,
      down,
      checks,
    };
  }
}
