/** The dashboards' only way to the data: GraphQL over HTTP on the same origin. */

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

const KEY_STORAGE = 'chc-api-key';

/** An analyst's key, kept for this browser tab only. */
export const apiKey = {
  get: (): string | null => sessionStorage.getItem(KEY_STORAGE),
  set: (key: string | null) =>
    key ? sessionStorage.setItem(KEY_STORAGE, key) : sessionStorage.removeItem(KEY_STORAGE),
};

const SESSION_STORAGE = 'chc-session';

/**
 * This tab's dashboards session: its own rate-limit allowance, so colleagues behind one
 * address do not share one. Asked for once, and again when the server no longer knows it.
 */
let starting: Promise<string | null> | null = null;

function session(renew = false): Promise<string | null> {
  const kept = sessionStorage.getItem(SESSION_STORAGE);
  if (kept && !renew) {
    return Promise.resolve(kept);
  }
  // Views ask for several things at once: they share one new session.
  starting ??= startSession().finally(() => (starting = null));
  return starting;
}

async function startSession(): Promise<string | null> {
  sessionStorage.removeItem(SESSION_STORAGE);
  const response = await fetch('/api/session', { method: 'POST' }).catch(() => null);
  const body = (await response?.json().catch(() => null)) as { token?: string } | null;
  if (!body?.token) {
    return null; // Served as an anonymous caller: slower to reach the limit is all it costs.
  }
  sessionStorage.setItem(SESSION_STORAGE, body.token);
  return body.token;
}

async function post(body: string, renewSession: boolean): Promise<Response> {
  const key = apiKey.get();
  const token = key ? null : await session(renewSession);
  try {
    return await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(key ? { authorization: `Bearer ${key}` } : {}),
        ...(token ? { 'x-chc-session': token } : {}),
      },
      body,
    });
  } catch {
    throw new ApiError('The chc-bench server cannot be reached. Is it still running?', 'NETWORK');
  }
}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const request = JSON.stringify({ query, variables });
  let response = await post(request, false);
  if (response.status === 401 && !apiKey.get()) {
    // The session ended (a restart, another instance, a new address): start another.
    response = await post(request, true);
  }
  const body = (await response.json().catch(() => ({}))) as {
    data?: T;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  const error = body.errors?.[0];
  if (error) {
    throw new ApiError(error.message, error.extensions?.code ?? 'ERROR');
  }
  if (!body.data) {
    throw new ApiError(`The server answered ${response.status} with no data.`, 'ERROR');
  }
  return body.data;
}

/** A stored document's bytes (an analyst key opens local files and uploads). */
export async function documentBytes(path: string): Promise<ArrayBuffer> {
  const key = apiKey.get();
  const response = await fetch(path, { headers: key ? { authorization: `Bearer ${key}` } : {} });
  if (!response.ok) {
    throw new ApiError(`The document could not be fetched (HTTP ${response.status}).`, 'DOCUMENT');
  }
  return response.arrayBuffer();
}
