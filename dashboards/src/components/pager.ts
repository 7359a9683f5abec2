import { html, nothing, type TemplateResult } from 'lit-html';
import { count } from '../format';
import { href, type Route } from '../route';

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

/**
 * Where a paged list stands and links to its pages. The cursors of the pages before are
 * kept in the URL (`<name>Back`), so "Previous" works without reading inside a cursor.
 */
export class Pager {
  readonly after: string | null;
  private readonly back: string[];

  constructor(
    private readonly route: Route,
    private readonly name: string,
    readonly size: number,
  ) {
    this.after = route.params.get(name) || null;
    this.back = (route.params.get(`${name}Back`) ?? '').split(',').filter(Boolean);
  }

  /** Counts and links: "Landlords 26–50 of 60", previous, next. */
  view(what: string, shown: number, total: number, page: PageInfo): TemplateResult {
    const first = this.after ? (this.back.length + 1) * this.size + 1 : 1;
    const last = first + shown - 1;
    const to = (after: string | null, back: string[]) => {
      const params = new URLSearchParams(this.route.params);
      params.set(this.name, after ?? '');
      params.set(`${this.name}Back`, back.join(','));
      return href(this.route.view, this.route.subject, params);
    };
    return html`<nav class="pager" aria-label=${`Pages of ${what}`}>
      <p class="count">
        ${shown === 0 ? `No ${what} on this page` : `${what[0]!.toUpperCase()}${what.slice(1)} ${count(first)}–${count(last)}`}
        of ${count(total)}
      </p>
      ${this.after ? html`<a class="button secondary" href=${to(this.back.at(-1) ?? null, this.back.slice(0, -1))}>Previous ${this.size}</a>` : nothing}
      ${page.hasNextPage && page.endCursor ? html`<a class="button" href=${to(page.endCursor, this.after ? [...this.back, this.after] : [])}>Next ${this.size}</a>` : nothing}
    </nav>`;
  }
}
