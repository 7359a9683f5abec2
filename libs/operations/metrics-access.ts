import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * Whether a request may read /metrics: anyone when no token is configured (Prometheus
 * scrapes an internal port), else only `Authorization: Bearer <token>`.
 */
export function mayReadMetrics(authorization: string | undefined, token: string | undefined) {
  if (!token) {
    return true;
  }
  const given = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1] ?? '';
  // Compared as digests so that neither the length nor the bytes leak through timing.
  return timingSafeEqual(digest(given), digest(token));
}
