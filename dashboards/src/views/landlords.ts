import { html, type TemplateResult } from 'lit-html';
import { gql } from '../api';
import { filterForm, type FilterOptions } from '../components/filter-form';
import { Pager } from '../components/pager';
import { empty } from '../components/states';
import { filterFrom, KIND_LABELS, SIZE_LABELS } from '../filters';
import { count, percent } from '../format';
import { go, href, type Route } from '../route';

const PAGE = 25;

interface Entry {
  landlord: {
    id: string;
    name: string;
    kind: string;
    region: string | null;
    homes: number | null;
    sizeBand: string | null;
  };
  period: string | null;
  year: number | null;
  yes: number;
  stated: number;
  declaredCompliance: number | null;
  evidenceQuality: number | null;
}

interface DirectoryData {
  filterOptions: FilterOptions;
  landlordDirectory: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: Entry }[];
  };
}

const QUERY = `query Directory($filter: LandlordFilterInput, $order: LandlordOrder!, $direction: SortDirection!, $after: String) {
  filterOptions { regions years editions }
  landlordDirectory(first: ${PAGE}, after: $after, filter: $filter, orderBy: $order, direction: $direction) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { landlord { id name kind region homes sizeBand } period year yes stated declaredCompliance evidenceQuality } }
  }
}`;

/** Sortable columns: the URL's name, the API's order, the heading, and the first direction. */
const COLUMNS: {
  key: string;
  order: string;
  heading: string;
  first: 'ASC' | 'DESC';
  numeric?: boolean;
}[] = [
  { key: 'name', order: 'NAME', heading: 'Landlord', first: 'ASC' },
  { key: 'kind', order: 'KIND', heading: 'Kind', first: 'ASC' },
  { key: 'region', order: 'REGION', heading: 'Region', first: 'ASC' },
  { key: 'size', order: 'SIZE', heading: 'Homes', first: 'DESC', numeric: true },
  { key: 'period', order: 'PERIOD', heading: 'Current period', first: 'DESC', numeric: true },
  {
    key: 'compliance',
    order: 'DECLARED_COMPLIANCE',
    heading: 'Declared compliance',
    first: 'DESC',
    numeric: true,
  },
  {
    key: 'evidence',
    order: 'EVIDENCE_QUALITY',
    heading: 'Evidence with real detail',
    first: 'DESC',
    numeric: true,
  },
];

function heading(route: Route, column: (typeof COLUMNS)[number], sort: string, dir: string) {
  const current = column.key === sort;
  const next = current ? (dir === 'ASC' ? 'DESC' : 'ASC') : column.first;
  const params = new URLSearchParams(route.params);
  params.set('sort', column.key);
  params.set('dir', next);
  params.delete('after');
  params.delete('afterBack');
  const ariaSort = current ? (dir === 'ASC' ? 'ascending' : 'descending') : 'none';
  return html`<th scope="col" aria-sort=${ariaSort} class=${column.numeric ? 'num' : ''}>
    <a href=${href('landlords', null, params)}
      >${column.heading}${current ? (dir === 'ASC' ? ' ▲' : ' ▼') : ''}<span class="visually-hidden"
        >, sort ${next === 'ASC' ? 'ascending' : 'descending'}</span
      ></a
    >
  </th>`;
}

/** Every landlord, for people who do not know a landlord's name: filter, sort, page. */
export async function landlordsView(route: Route): Promise<TemplateResult> {
  const p = route.params;
  const column = COLUMNS.find((c) => c.key === p.get('sort')) ?? COLUMNS[0]!;
  const dir = p.get('dir') === 'DESC' || p.get('dir') === 'ASC' ? p.get('dir')! : column.first;
  const text = p.get('q')?.trim() ?? '';
  const pager = new Pager(route, 'after', PAGE);
  const data = await gql<DirectoryData>(QUERY, {
    filter: { ...filterFrom(p), search: text || null },
    order: column.order,
    direction: dir,
    after: pager.after,
  });
  const d = data.landlordDirectory;
  const search = (event: Event) => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem(
      'q',
    ) as HTMLInputElement;
    const params = new URLSearchParams(p);
    params.set('q', input.value.trim());
    params.delete('after');
    params.delete('afterBack');
    go('landlords', null, params);
  };
  return html`<h1>Landlords</h1>
    <p class="lede">
      Every registered landlord with what its current self-assessment declares and how well it is
      evidenced. Sort by any column; filter by kind, region, size or part of a name.
    </p>
    <form class="filters" role="search" @submit=${search}>
      <label
        >Name contains <input type="search" name="q" .value=${text} autocomplete="off"
      /></label>
      <button type="submit">Find</button>
    </form>
    ${filterForm(route, data.filterOptions)}
    ${pager.view('landlords', d.edges.length, d.totalCount, d.pageInfo)}
    ${
      d.edges.length === 0
        ? empty('No landlord matches these filters. Try fewer filters.')
        : html`<div class="table-wrap">
            <table class="directory">
              <thead>
                <tr>
                  ${COLUMNS.map((c) => heading(route, c, column.key, dir))}
                </tr>
              </thead>
              <tbody>
                ${d.edges.map(({ node: e }) => {
                  const l = e.landlord;
                  return html`<tr>
                    <th scope="row"><a href=${href('landlord', l.id)}>${l.name}</a></th>
                    <td>${KIND_LABELS[l.kind] ?? l.kind}</td>
                    <td>${l.region ?? '–'}</td>
                    <td class="num">
                      ${l.homes === null ? '–' : count(l.homes)}
                      <span class="muted">${l.sizeBand ? SIZE_LABELS[l.sizeBand] : ''}</span>
                    </td>
                    <td class="num">
                      ${e.period ?? e.year ?? html`<span class="muted">No assessment found</span>`}
                    </td>
                    <td class="num" data-share=${e.declaredCompliance ?? ''}>
                      ${percent(e.declaredCompliance)}
                      <span class="muted"
                        >${e.stated > 0 ? `${e.yes} of ${e.stated} yes` : ''}</span
                      >
                    </td>
                    <td class="num" data-share=${e.evidenceQuality ?? ''}>
                      ${percent(e.evidenceQuality)}
                    </td>
                  </tr>`;
                })}
              </tbody>
            </table>
          </div>`
    }
    ${d.edges.length > 0 ? pager.view('landlords', d.edges.length, d.totalCount, d.pageInfo) : ''}`;
}
