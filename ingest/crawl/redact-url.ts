/** Query parameter names that carry secrets: tokens, keys, signatures, passwords. */
const SECRET_PARAMETER =
  /(token|key|sig|signature|password|passwd|pwd|secret|credential|auth|session|sessionid)$/i;

/**
 * A URL as it may be stored and shown: without user-info (`user:pass@`) and with the
 * values of secret-looking query parameters (`token`, `access_token`, `api_key`, `sig`,
 * `X-Amz-Signature`, `password`…) replaced by `REDACTED`. Text that is not a URL is
 * returned as it is.
 */
export function redactUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw;
  }
  url.username = '';
  url.password = '';
  for (const name of new Set(url.searchParams.keys())) {
    if (SECRET_PARAMETER.test(name)) {
      url.searchParams.set(name, 'REDACTED');
    }
  }
  return url.toString();
}
