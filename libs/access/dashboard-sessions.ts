import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';

/** How long a dashboards session lasts before the page asks for another. */
export const SESSION_HOURS = 12;

interface SessionClaims {
  /** The session's id: what its rate limit counts against. */
  sid: string;
  /** The address it was issued to: a token copied elsewhere is refused. */
  ip: string;
  /** Expiry, in ms since the epoch. */
  exp: number;
}

/**
 * Signed tokens the dashboards ask for once per tab, so each person in an office behind
 * one address gets an allowance of their own. The key is made at start-up: tokens do not
 * survive a restart (or reach another instance), and the page then asks for a new one.
 */
@Injectable()
export class DashboardSessions {
  private readonly key = randomBytes(32);

  private sign(payload: string): Buffer {
    return createHmac('sha256', this.key).update(payload).digest();
  }

  issue(ip: string, now = Date.now()): { token: string; expiresAt: Date } {
    const claims: SessionClaims = { sid: randomUUID(), ip, exp: now + SESSION_HOURS * 3_600_000 };
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return {
      token: `${payload}.${this.sign(payload).toString('base64url')}`,
      expiresAt: new Date(claims.exp),
    };
  }

  /** The session id of a token this process signed for this address and not expired; else null. */
  verify(token: string, ip: string, now = Date.now()): string | null {
    const [payload, signature, extra] = token.split('.');
    if (!payload || !signature || extra !== undefined) {
      return null;
    }
    const given = Buffer.from(signature, 'base64url');
    const expected = this.sign(payload);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return null;
    }
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as SessionClaims;
    return claims.ip === ip && claims.exp > now ? claims.sid : null;
  }
}
