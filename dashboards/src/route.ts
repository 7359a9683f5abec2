/** Where the reader is: the view, its subject and its options, all held in the URL hash. */
export interface Route {
  view: string;
  subject: string | null;
  params: URLSearchParams;
}

export function currentRoute(): Route {
  const hash = decodeURIComponent(location.hash.replace(/^#\/?/, ''));
  const [path = '', query = ''] = hash.split('?', 2);
  const [view = '', ...rest] = path.split('/').filter(Boolean);
  return {
    view: view || 'overview',
    subject: rest.join('/') || null,
    params: new URLSearchParams(query),
  };
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
