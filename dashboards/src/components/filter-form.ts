import { html, type TemplateResult } from 'lit-html';
import { KIND_LABELS, SIZE_LABELS } from '../filters';
import { editionLabel } from '../format';
import { go, type Route } from '../route';

export interface FilterOptions {
  regions: string[];
  years: number[];
  editions: string[];
}

const select = (
  name: string,
  label: string,
  current: string | null,
  options: [string, string][],
): TemplateResult =>
  html`<label
    >${label}
    <select name=${name}>
      <option value="" ?selected=${!current}>All</option>
      ${options.map(([value, text]) => html`<option value=${value} ?selected=${current === value}>${text}</option>`)}
    </select></label
  >`;

/** Year, edition, kind, region and size: applied on change, kept in the URL. */
export function filterForm(route: Route, options: FilterOptions): TemplateResult {
  const apply = (event: Event) => {
    const form = (event.currentTarget as HTMLElement).closest('form')!;
    const params = new URLSearchParams(route.params);
    // Another filter is another list: back to its first page.
    params.delete('after');
    params.delete('afterBack');
    for (const element of Array.from(form.elements) as HTMLSelectElement[]) {
      if (element.name) {
        params.set(element.name, element.value);
      }
    }
    go(route.view, route.subject, params);
  };
  const p = route.params;
  return html`<form
    class="filters"
    aria-label="Filter the sector"
    @change=${apply}
    @submit=${(e: Event) => e.preventDefault()}
  >
    ${select(
      'year',
      'Year',
      p.get('year'),
      options.years.map((y) => [String(y), String(y)]),
    )}
    ${select(
      'edition',
      'Code edition',
      p.get('edition'),
      options.editions.map((e) => [e, editionLabel(e)]),
    )}
    ${select('kind', 'Landlord kind', p.get('kind'), Object.entries(KIND_LABELS))}
    ${select(
      'region',
      'Region',
      p.get('region'),
      options.regions.map((r) => [r, r]),
    )}
    ${select('size', 'Size', p.get('size'), Object.entries(SIZE_LABELS))}
  </form>`;
}
