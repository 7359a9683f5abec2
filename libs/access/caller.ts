import type { Role } from './role';

/** Who is asking: the key's holder and role, or an anonymous public caller. */
export interface Caller {
  role: Role;
  keyId: string | null;
  name: string;
  /** What rate limits count against: the key, the dashboards session, or the address. */
  tracker: string;
  /** The dashboards session the request came from, if any (see DashboardSessions). */
  sessionId?: string;
}

export interface CallerRequest {
  headers: Record<string, string | string[] | undefined>;
  ip?: string;
  caller?: Caller;
}

/** The header the dashboards send their session token in. */
export const SESSION_HEADER = 'x-chc-session';

/** The dashboards session token a request presents, if any. */
export function presentedSession(request: CallerRequest): string | null {
  const header = request.headers[SESSION_HEADER];
  return typeof header === 'string' && header.trim() ? header.trim() : null;
}

/** The key a request presents: `Authorization: Bearer <key>` or `X-Api-Key: <key>`. */
export function presentedKey(request: CallerRequest): string | null {
  const header = request.headers['x-api-key'];
  if (typeof header === 'string' && header.trim()) {
    return header.trim();
  }
  const authorization = request.headers.authorization;
  if (typeof authorization === 'string') {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (match) {
      return match[1]!;
    }
  }
  return null;
}
