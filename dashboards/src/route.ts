/** Where the reader is: the view, its subject and its options, all held in the URL hash. */
export interface Route {
  view: string;
  subject: string | null;
  params: URLSearchParams;
  /** Why the link cannot be read (a broken escape), or null when it can. */
  problem: string | null;
}

/**
 * Reads a hash such as `#/provision/5.8?kind=ALMO`. Each part is decoded on its own, once,
 * so a malformed escape in one part (a link cut short) gives a route with a problem, never
 * an exception.
 */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const mark = raw.indexOf('?');
  const path = mark === -1 ? raw : raw.slice(0, mark);
  const params = new URLSearchParams(mark === -1 ? '' : raw.slice(mark + 1));
  let segments: string[];
  try {
    segments = path.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return { view: 'overview', subject: null, params, problem: 'This link is damaged.' };
  }
  const [view = '', ...rest] = segments;
  return { view: view || 'overview', subject: rest.join('/') || null, params, problem: null };
}

export function currentRoute(): Route {
  return parseRoute(location.hash);
}

/** A shareable link to a view. */
export function href(
  view: string,
  subject: string | null = null,
  params?: URLSearchParams | Record<string, string>,
): string {
  const query = new URLSearchParams(params ?? {});
  for (const [key, value] of [...query]) {
    if (value === '') {
      query.delete(key);
    }
  }
  const search = query.toString();
  return `#/${view}${subject ? `/${encodeURIComponent(subject)}` : ''}${search ? `?${search}` : ''}`;
}

export function go(
  view: string,
  subject: string | null,
  params?: URLSearchParams | Record<string, string>,
): void {
  location.hash = href(view, subject, params);
}
