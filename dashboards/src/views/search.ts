import { html, type TemplateResult } from 'lit-html';
import { gql } from '../api';
import { Pager } from '../components/pager';
import { empty } from '../components/states';
import { ANSWER_WORDS, answerClass } from '../format';
import { go, href, type Route } from '../route';

interface SearchData {
  search: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      node: {
        snippet: { text: string; match: boolean }[];
        response: {
          provision: string;
          provision2024: string | null;
          compliance: string;
          assessment: {
            landlordNameInDocument: string | null;
            landlord: { id: string; name: string } | null;
          };
        };
      };
    }[];
  };
}

const PAGE = 20;

const QUERY = `query Search($q: String!, $after: String) { search(query: $q, first: ${PAGE}, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { snippet { text match } response { provision provision2024 compliance
    assessment { landlordNameInDocument landlord { id name } } } } } } }`;

export async function searchView(route: Route): Promise<TemplateResult> {
  const q = route.params.get('q') ?? '';
  const pager = new Pager(route, 'after', PAGE);
  const submit = (event: Event) => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem(
      'q',
    ) as HTMLInputElement;
    go('search', null, { q: input.value.trim() });
  };
  const form = html`<h1>Search evidence</h1>
    <p class="lede">
      Words in landlords’ evidence and commentary. Use "quotes" for a phrase, OR for either word,
      and -word to leave one out.
    </p>
    <form class="filters" role="search" @submit=${submit}>
      <label>Find <input type="search" name="q" .value=${q} /></label
      ><button type="submit">Search</button>
    </form>`;
  if (q.length < 2) {
    return html`${form}${empty('Type at least two letters.')}`;
  }
  const data = await gql<SearchData>(QUERY, { q, after: pager.after });
  const s = data.search;
  return html`${form}
    <p role="status">${s.totalCount} answers mention it.</p>
    ${
      s.edges.length === 0
        ? empty('Nothing found. Try other words.')
        : s.edges.map(({ node }) => {
            const r = node.response;
            const landlord = r.assessment.landlord;
            return html`<article class="card">
              <h3>
                ${landlord ? html`<a href=${href('landlord', landlord.id)}>${landlord.name}</a>` : (r.assessment.landlordNameInDocument ?? 'Unregistered landlord')}
                ·
                ${r.provision2024 ? html`<a href=${href('provision', r.provision2024)}>${r.provision}</a>` : r.provision}
                <span class="tag ${answerClass(r.compliance)}">${ANSWER_WORDS[r.compliance]}</span>
              </h3>
              <p>${node.snippet.map((p) => (p.match ? html`<mark>${p.text}</mark>` : p.text))}</p>
            </article>`;
          })
    }
    ${pager.view('answers', s.edges.length, s.totalCount, s.pageInfo)}`;
}
