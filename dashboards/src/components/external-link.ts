import { html, type TemplateResult } from 'lit-html';

/** The address when it is http(s) with a host; null for anything else (javascript:, a file path). */
export function webAddress(url: string | null | undefined): string | null {
  if (!url) {
    return null;
  }
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.host
      ? parsed.href
      : null;
  } catch {
    return null;
  }
}

/**
 * The one way a view links outside the dashboards: a link only to an http(s) address, so
 * a stored `javascript:` website can never run; any other address is shown as plain text.
 */
export function externalLink(
  url: string | null | undefined,
  text: string,
): TemplateResult | string {
  const address = webAddress(url);
  return address ? html`<a href=${address} rel="noopener noreferrer">${text}</a>` : text;
}
