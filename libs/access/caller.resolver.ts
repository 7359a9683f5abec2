import { Injectable, UnauthorizedException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ApiKeysRepository } from './api-keys.repository';
import type { Caller, CallerRequest } from './caller';
import { presentedKey, presentedSession } from './caller';
import { DashboardSessions } from './dashboard-sessions';

const CACHE_MS = 30_000;
/** Random wrong keys must not grow the cache without end. */
const MAX_CACHED_KEYS = 1_000;

/**
 * Turns a request's key into a Caller. Looked-up keys are kept for 30 s, so a busy client
 * costs no query per request; a revoked key stops working within that time.
 */
@Injectable()
export class CallerResolver {
  private readonly cache = new Map<string, { caller: Caller | null; until: number }>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: DashboardSessions,
  ) {}

  async resolve(request: CallerRequest): Promise<Caller> {
    const key = presentedKey(request);
    if (!key) {
      return this.anonymous(request);
    }
    const now = Date.now();
    let cached = this.cache.get(key);
    if (!cached || cached.until < now) {
      const found = await new ApiKeysRepository(this.dataSource.manager).findActive(key);
      cached = {
        caller: found
          ? { role: found.role, keyId: found.id, name: found.name, tracker: `key:${found.id}` }
          : null,
        until: now + CACHE_MS,
      };
      if (this.cache.size >= MAX_CACHED_KEYS) {
        this.cache.delete(this.cache.keys().next().value!);
      }
      this.cache.set(key, cached);
    }
    if (!cached.caller) {
      // A wrong key is refused rather than served as public, so a typo is noticed.
      throw new UnauthorizedException('the API key is not known or has been revoked');
    }
    return cached.caller;
  }

  /** A public caller: by dashboards session when it presents a valid one, else by address. */
  private anonymous(request: CallerRequest): Caller {
    const address = request.ip ?? 'unknown';
    const token = presentedSession(request);
    if (!token) {
      return { role: 'public', keyId: null, name: 'anonymous', tracker: `ip:${address}` };
    }
    const sessionId = this.sessions.verify(token, address);
    if (!sessionId) {
      // Refused rather than served as anonymous, so the page knows to ask for a new session.
      throw new UnauthorizedException(
        'the dashboards session has expired or is not valid here: start a new one',
      );
    }
    return {
      role: 'public',
      keyId: null,
      name: 'dashboards',
      tracker: `session:${sessionId}`,
      sessionId,
    };
  }
}
