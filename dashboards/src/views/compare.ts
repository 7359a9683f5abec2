import { html, type TemplateResult } from 'lit-html';
import { gql } from '../api';
import { findLandlords, landlordPicker } from '../components/landlord-picker';
import { empty } from '../components/states';
import { answerClass } from '../format';
import { go, href, type Route } from '../route';

const MAX = 5;

interface CompareData {
  compareLandlords: {
    landlords: { landlord: { id: string; name: string }; summary: string }[];
    provisions: {
      provision: string;
      summary: string;
      differs: boolean;
      answers: {
        compliance: string;
        answerLabel: string;
        evidenceLabel: string;
        evidence: string;
      }[];
    }[];
  };
}

const QUERY = `query Compare($ids: [ID!]!) { compareLandlords(landlordIds: $ids) {
  landlords { landlord { id name } summary }
  provisions { provision summary differs answers { compliance answerLabel evidenceLabel evidence } } } }`;

export async function compareView(route: Route): Promise<TemplateResult> {
  const ids = (route.params.get('ids') ?? '').split(',').filter(Boolean).slice(0, MAX);
  const text = route.params.get('q') ?? '';
  const hits = await findLandlords(text);
  const withIds = (next: string[], q = '') => ({
    ids: next.join(','),
    q,
    only: route.params.get('only') ?? '',
  });
  const picker = landlordPicker(
    ids.length < MAX ? `Add a landlord (${ids.length} of up to ${MAX})` : 'Five landlords chosen',
    text,
    hits,
    (q) => go('compare', null, withIds(ids, q)),
    (h) =>
      ids.includes(h.id) || ids.length >= MAX
        ? html`<span>${h.name}</span>`
        : html`<a href=${href('compare', null, withIds([...ids, h.id]))}>Add ${h.name}</a>`,
  );
  const intro = html`<h1>Compare landlords</h1>
    <p class="lede">
      Put up to five landlords side by side, requirement by requirement, in plain words. Useful for
      tenant panels comparing their landlord with similar ones.
    </p>`;
  if (ids.length < 2) {
    return html`${intro}${picker}${empty('Choose at least two landlords to compare.')}`;
  }
  const data = await gql<CompareData>(QUERY, { ids });
  const c = data.compareLandlords;
  const onlyDiffering = route.params.get('only') === 'differences';
  const rows = onlyDiffering ? c.provisions.filter((p) => p.differs) : c.provisions;
  return html`${intro}${picker}
    <ul class="plain">
      ${c.landlords.map(
        (l) =>
          html`<li>
            ${l.summary}
            <a
              href=${href('compare', null, withIds(ids.filter((id) => id !== l.landlord.id)))}
              aria-label=${`Remove ${l.landlord.name}`}
              >Remove</a
            >
          </li>`,
      )}
    </ul>
    <p>
      <label
        ><span
          ><input
            type="checkbox"
            .checked=${onlyDiffering}
            @change=${(e: Event) => go('compare', null, { ids: ids.join(','), only: (e.target as HTMLInputElement).checked ? 'differences' : '' })}
          />
          Only requirements where their answers differ</span
        ></label
      >
    </p>
    ${
      rows.length === 0
        ? empty('They give the same answer to every requirement.')
        : html`<div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>Requirement</th>
                  ${c.landlords.map((l) => html`<th><a href=${href('landlord', l.landlord.id)}>${l.landlord.name}</a></th>`)}
                </tr>
              </thead>
              <tbody>
                ${rows.map(
                  (p) =>
                    html`<tr>
                      <th scope="row">${p.provision} <span class="muted">${p.summary}</span></th>
                      ${p.answers.map((a) => html`<td><span class="tag ${answerClass(a.compliance)}">${a.answerLabel}</span><br /><span class="reason">${a.evidenceLabel}</span></td>`)}
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
    }`;
}
