import { lookup as dnsLookup } from 'node:dns';
import type { LookupAddress } from 'node:dns';
import { Agent, request, type Dispatcher } from 'undici';
import { blockedReason, type AllowList } from './address-policy';
import { redactUrl } from './redact-url';

export interface FetchPolicy {
  allow: AllowList;
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
  userAgent: string;
}

export interface FetchedDocument {
  url: string;
  status: number;
  /** The server said the document has not changed since the ETag / date we sent (304). */
  notModified: boolean;
  bytes: Uint8Array;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
}

export type FetchErrorCode =
  | 'bad_url'
  | 'blocked_address'
  | 'too_large'
  | 'too_many_redirects'
  | 'http_status'
  | 'network'
  | 'timeout';

/** A fetch that failed, and whether trying again later may help (429, 5xx, network). */
export class FetchError extends Error {
  constructor(
    readonly code: FetchErrorCode,
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

/**
 * An agent whose every connection checks the resolved address at connect time, so a
 * name that resolves (or re-resolves) to a private address is refused — no DNS rebinding.
 */
function checkedAgent(allow: AllowList, timeoutMs: number): Agent {
  return new Agent({
    connect: {
      timeout: timeoutMs,
      lookup: (hostname, options, callback) => {
        dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
          if (error) {
            return callback(error, '', 0);
          }
          const list = addresses;
          const allowedHost = allow.hosts.has(hostname.toLowerCase());
          const blocked = allowedHost
            ? null
            : list.map((a) => blockedReason(a.address, allow)).find((r) => r !== null);
          if (blocked) {
            return callback(
              new FetchError(
                'blocked_address',
                `refused: ${hostname} resolves to ${blocked}`,
                false,
              ),
              '',
              0,
            );
          }
          // IPv4 first: many small servers (and test sites) listen on IPv4 only.
          const ordered = [...list].sort((a, b) => a.family - b.family);
          // Node asks for every address when it races IPv4 and IPv6 (autoSelectFamily).
          if ((options as { all?: boolean }).all) {
            (callback as unknown as (e: Error | null, a: LookupAddress[]) => void)(null, ordered);
          } else {
            callback(null, ordered[0]!.address, ordered[0]!.family);
          }
        });
      },
    },
  });
}

function checkUrl(raw: string, allow: AllowList): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchError('bad_url', `"${redactUrl(raw)}" is not a URL`, false);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('bad_url', `only http and https are fetched, not ${url.protocol}`, false);
  }
  // Published documents need no login; credentials in a URL are a mistake, never sent on.
  url.username = '';
  url.password = '';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // A literal address is checked here; names are checked when they resolve.
  const literal = blockedReason(host, allow);
  if (literal && !literal.includes('not an IP') && !allow.hosts.has(host.toLowerCase())) {
    throw new FetchError('blocked_address', `refused: ${literal}`, false);
  }
  return url;
}

/** What we hold of a document already, for a conditional request. */
export interface HeldVersion {
  etag: string | null;
  lastModified: string | null;
}

/** The error for a fetch that ran out of time, whether waiting for headers or body. */
const overDeadline = (url: URL, timeoutMs: number) =>
  new FetchError(
    'timeout',
    `${redactUrl(url.toString())}: no complete answer within ${timeoutMs} ms`,
    true,
  );

/**
 * Reads a body up to `maxBytes`. A declared length over the cap is refused before reading;
 * bodies are dumped (not destroyed bare), since undici's body emits an `error` event when
 * destroyed unread, and nobody would be listening: that took the whole process down.
 */
async function readCapped(
  body: Dispatcher.ResponseData['body'],
  declared: number,
  url: URL,
  maxBytes: number,
): Promise<Buffer> {
  if (declared > maxBytes) {
    await body.dump({ limit: 0 });
    throw new FetchError(
      'too_large',
      `${redactUrl(url.toString())} is too large (${declared} bytes > ${maxBytes})`,
      false,
    );
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      // Leaving the loop destroys the body through its iterator, which listens for errors.
      throw new FetchError(
        'too_large',
        `${redactUrl(url.toString())} is too large (exceeded ${maxBytes} bytes)`,
        false,
      );
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Fetches a document a user or registry named, safely: http(s) only, the address checked
 * after DNS resolution and again on every redirect, loopback/private/link-local/metadata
 * ranges refused unless allowed, a size cap read as the body streams, and one deadline
 * (`policy.timeoutMs`) for the whole fetch, redirects, headers and body together, so a
 * server trickling a byte a second cannot hold it for ever.
 */
export async function safeFetch(
  target: string,
  policy: FetchPolicy,
  held?: HeldVersion,
): Promise<FetchedDocument> {
  let url = checkUrl(target, policy.allow);
  const agent = checkedAgent(policy.allow, policy.timeoutMs);
  const deadline = AbortSignal.timeout(policy.timeoutMs);
  try {
    for (let hop = 0; ; hop++) {
      let response;
      try {
        response = await request(url, {
          dispatcher: agent,
          signal: deadline,
          headers: {
            ...(held?.etag ? { 'if-none-match': held.etag } : {}),
            ...(held?.lastModified ? { 'if-modified-since': held.lastModified } : {}),
            'user-agent': policy.userAgent,
            accept:
              'application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/html;q=0.9,*/*;q=0.5',
          },
          headersTimeout: policy.timeoutMs,
          bodyTimeout: policy.timeoutMs,
        });
      } catch (error) {
        const cause = (error as { cause?: unknown }).cause ?? error;
        if (cause instanceof FetchError) {
          throw cause;
        }
        if (deadline.aborted) {
          throw overDeadline(url, policy.timeoutMs);
        }
        throw new FetchError('network', `${url.host}: ${(error as Error).message}`, true);
      }
      const { statusCode, headers, body } = response;
      const header = (name: string) => {
        const value = headers[name];
        return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
      };
      if (statusCode >= 300 && statusCode < 400 && header('location')) {
        await body.dump();
        if (hop >= policy.maxRedirects) {
          throw new FetchError(
            'too_many_redirects',
            `more than ${policy.maxRedirects} redirects from ${redactUrl(target)}`,
            false,
          );
        }
        url = checkUrl(new URL(header('location')!, url).toString(), policy.allow);
        continue;
      }
      if (statusCode === 304) {
        await body.dump();
        return {
          url: url.toString(),
          status: 304,
          notModified: true,
          bytes: new Uint8Array(0),
          contentType: null,
          etag: held?.etag ?? null,
          lastModified: held?.lastModified ?? null,
        };
      }
      if (statusCode >= 400) {
        await body.dump();
        throw new FetchError(
          'http_status',
          `${redactUrl(url.toString())} answered HTTP ${statusCode}`,
          statusCode === 429 || statusCode >= 500,
        );
      }
      const bytes = await readCapped(
        body,
        Number(header('content-length') ?? 0),
        url,
        policy.maxBytes,
      );
      return {
        url: url.toString(),
        status: statusCode,
        notModified: false,
        bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        contentType: header('content-type'),
        etag: header('etag'),
        lastModified: header('last-modified'),
      };
    }
  } catch (error) {
    if (error instanceof FetchError || !deadline.aborted) {
      throw error;
    }
    throw overDeadline(url, policy.timeoutMs);
  } finally {
    // destroy, not close: close would wait for a request a slow server still holds open.
    await agent.destroy();
  }
}
