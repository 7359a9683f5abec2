import { lookup as dnsLookup } from 'node:dns';
import type { LookupAddress } from 'node:dns';
import { Agent, request } from 'undici';
import { blockedReason, type AllowList } from './address-policy';

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
  'bad_url' | 'blocked_address' | 'too_large' | 'too_many_redirects' | 'http_status' | 'network';

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
    throw new FetchError('bad_url', `"${raw}" is not a URL`, false);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('bad_url', `only http and https are fetched, not ${url.protocol}`, false);
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // A literal address is checked here; names are checked when they resolve.
  const literal = blockedReason(host, allow);
  if (literal && !literal.includes('not an IP') && !allow.hosts.has(host.toLowerCase())) {
    throw new FetchError('blocked_address', `refused: ${literal}`, false);
  }
  return url;
}

/**
 * Fetches a document a user or registry named, safely: http(s) only, the address checked
 * after DNS resolution and again on every redirect, loopback/private/link-local/metadata
 * ranges refused unless allowed, a size cap read as the body streams, and time limits.
 */
/** What we hold of a document already, for a conditional request. */
export interface HeldVersion {
  etag: string | null;
  lastModified: string | null;
}

export async function safeFetch(
  target: string,
  policy: FetchPolicy,
  held?: HeldVersion,
): Promise<FetchedDocument> {
  const agent = checkedAgent(policy.allow, policy.timeoutMs);
  try {
    let url = checkUrl(target, policy.allow);
    for (let hop = 0; ; hop++) {
      let response;
      try {
        response = await request(url, {
          dispatcher: agent,
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
            `more than ${policy.maxRedirects} redirects from ${target}`,
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
          `${url.toString()} answered HTTP ${statusCode}`,
          statusCode === 429 || statusCode >= 500,
        );
      }
      const declared = Number(header('content-length') ?? 0);
      if (declared > policy.maxBytes) {
        body.destroy();
        throw new FetchError(
          'too_large',
          `${url.toString()} is ${declared} bytes; the limit is ${policy.maxBytes}`,
          false,
        );
      }
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of body) {
        size += (chunk as Buffer).length;
        if (size > policy.maxBytes) {
          body.destroy();
          throw new FetchError(
            'too_large',
            `${url.toString()} exceeded ${policy.maxBytes} bytes`,
            false,
          );
        }
        chunks.push(chunk as Buffer);
      }
      const bytes = Buffer.concat(chunks);
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
  } finally {
    await agent.close();
  }
}
