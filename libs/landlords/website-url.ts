import { isURL } from 'class-validator';

/** What a landlord's website may be, wherever it comes in: an http(s) address with a host. */
export const WEBSITE_URL_OPTIONS = { require_protocol: true, protocols: ['http', 'https'] };

export const WEBSITE_URL_RULE = 'must be an http:// or https:// address with a host';

/** The most homes a landlord may have: England's largest landlords own under 150,000. */
export const MAX_HOMES = 2_000_000;

/**
 * The website as stored: as given when it passes the rule, with https:// put before a
 * bare host ("example.org/complaints"); null when it cannot be a website at all.
 */
export function websiteUrl(value: string): string | null {
  const candidate = /^[^:/?#]+(\/|$)/.test(value) ? `https://${value}` : value;
  return isURL(candidate, WEBSITE_URL_OPTIONS) ? candidate : null;
}

/** The host a website lives on, with its port (two sites on one machine are two hosts). */
export function websiteHostOf(website: string): string | null {
  try {
    return new URL(/^https?:\/\//i.test(website) ? website : `https://${website}`).host
      .replace(/^www\./, '')
      .toLowerCase();
  } catch {
    return null;
  }
}
