import { html, type TemplateResult } from 'lit-html';
import { gql } from '../api';
import { filterForm, type FilterOptions } from '../components/filter-form';
import { filterFrom } from '../filters';
import { editionLabel } from '../format';
import { go, type Route } from '../route';

interface ExportData {
  filterOptions: FilterOptions;
  dataDictionary: {
    formats: string[];
    datasets: {
      name: string;
      description: string;
      grain: string;
      columns: { name: string; type: string; description: string }[];
    }[];
  };
}

const QUERY = `{ filterOptions { regions years editions }
  dataDictionary { formats datasets { name description grain columns { name type description } } } }`;

/** The download address for a dataset with the view's filters (the export is a file, not GraphQL). */
function downloadUrl(dataset: string, format: string, route: Route, scope: string): string {
  const f = filterFrom(route.params);
  const query = new URLSearchParams({ scope });
  const lower = (values?: string[]) => values?.map((v) => v.toLowerCase()).join(',');
  const pairs: [string, string | undefined][] = [
    ['kinds', lower(f.kinds)],
    ['sizeBands', lower(f.sizeBands)],
    ['regions', f.regions?.join(',')],
    ['editions', f.editions?.map(editionLabel).join(',')],
    ['years', f.years?.join(',')],
  ];
  for (const [key, value] of pairs) {
    if (value) {
      query.set(key, value);
    }
  }
  return `/api/exports/${dataset}.${format}?${query.toString()}`;
}

export async function exportView(route: Route): Promise<TemplateResult> {
  const data = await gql<ExportData>(QUERY);
  const datasetName = route.params.get('dataset') ?? 'responses';
  const dataset =
    data.dataDictionary.datasets.find((d) => d.name === datasetName) ??
    data.dataDictionary.datasets[0]!;
  const format = route.params.get('format') ?? 'csv';
  const scope = route.params.get('scope') ?? 'current';
  const set = (key: string) => (e: Event) => {
    const params = new URLSearchParams(route.params);
    params.set(key, (e.target as HTMLSelectElement).value);
    go('export', null, params);
  };
  return html`<h1>Export a dataset</h1>
    <p class="lede">
      Download the data behind every view, with stable ids and provenance (source URL, SHA-256,
      page). Large exports stream: they start at once, whatever their size.
    </p>
    ${filterForm(route, data.filterOptions)}
    <form class="filters" aria-label="What to export" @submit=${(e: Event) => e.preventDefault()}>
      <label
        >Dataset
        <select @change=${set('dataset')}>
          ${data.dataDictionary.datasets.map((d) => html`<option value=${d.name} ?selected=${d.name === dataset.name}>${d.name}</option>`)}
        </select></label
      >
      <label
        >Format
        <select @change=${set('format')}>
          ${data.dataDictionary.formats.map((f) => html`<option value=${f} ?selected=${f === format}>${f === 'jsonl' ? 'JSON Lines' : f.toUpperCase()}</option>`)}
        </select></label
      >
      <label
        >Assessments
        <select @change=${set('scope')}>
          <option value="current" ?selected=${scope === 'current'}>Current only</option>
          <option value="all" ?selected=${scope === 'all'}>Every version</option>
        </select></label
      >
      <a class="button" download href=${downloadUrl(dataset.name, format, route, scope)}
        >Download ${dataset.name}.${format}</a
      >
    </form>
    <h2>Data dictionary: ${dataset.name}</h2>
    <p>${dataset.description} One row is ${dataset.grain}.</p>
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th>Column</th>
            <th>Type</th>
            <th>Meaning</th>
          </tr>
        </thead>
        <tbody>
          ${dataset.columns.map(
            (c) =>
              html`<tr>
                <th scope="row"><code>${c.name}</code></th>
                <td>${c.type}</td>
                <td>${c.description}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}
