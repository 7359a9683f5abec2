import { html, type TemplateResult } from 'lit-html';
import { gql } from '../api';

export interface LandlordHit {
  id: string;
  name: string;
  kind: string;
  region: string | null;
}

let last: { search: string; hits: LandlordHit[] } | null = null;

/** Landlords whose name contains the text (null for no text); the last answer is kept. */
export async function findLandlords(search: string): Promise<LandlordHit[] | null> {
  if (!search) {
    return null;
  }
  if (last?.search === search) {
    return last.hits;
  }
  const data = await gql<{ landlords: { edges: { node: LandlordHit }[] } }>(
    'query Find($s: String) { landlords(first: 10, filter: { search: $s }) { edges { node { id name kind region } } } }',
    { s: search },
  );
  last = { search, hits: data.landlords.edges.map((e) => e.node) };
  return last.hits;
}

/** A name search that lists matching landlords, each with an action. */
export function landlordPicker(
  label: string,
  search: string,
  hits: LandlordHit[] | null,
  onSearch: (text: string) => void,
  action: (hit: LandlordHit) => TemplateResult,
): TemplateResult {
  const submit = (event: Event) => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem(
      'q',
    ) as HTMLInputElement;
    onSearch(input.value.trim());
  };
  return html`<form class="filters" role="search" @submit=${submit}>
      <label>${label} <input type="search" name="q" .value=${search} autocomplete="off" /></label>
      <button type="submit">Find</button>
    </form>
    ${
      hits === null
        ? ''
        : hits.length === 0
          ? html`<p class="state">No landlord’s name contains “${search}”.</p>`
          : html`<ul class="plain">
              ${hits.map((h) => html`<li>${action(h)} <span class="muted">${h.region ?? ''}</span></li>`)}
            </ul>`
    }`;
}
