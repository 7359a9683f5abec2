import { html, type TemplateResult } from 'lit-html';
import {
  measureValue,
  outcomeScatterChart,
  type OutcomeScatter,
} from '../components/outcome-scatter-chart';
import { empty } from '../components/states';
import { percent } from '../format';
import { go, type Route } from '../route';

/** The measure the link asks for; without one, the API shows the first it has figures for. */
export const scatterMeasure = (route: Route): string | null => route.params.get('measure') || null;

/** Fewer landlords with both figures than this, and the chart says a pattern cannot be read. */
const SMALL_N = 5;

export const SCATTER_FIELDS = `outcomeScatter(filter: $filter, measure: $measure) {
    measure available declaring measured medianDeclaredCompliance medianValue
    points { landlord { id name kind } declaredCompliance yes stated value year period }
  }`;

function measureForm(route: Route, scatter: OutcomeScatter): TemplateResult {
  const choose = (event: Event) => {
    const params = new URLSearchParams(route.params);
    params.set('measure', (event.target as HTMLSelectElement).value);
    go(route.view, route.subject, params);
  };
  return html`<form class="filters" aria-label="Choose the outcome measure" @change=${choose}>
    <label
      >Outcome measure
      <select name="measure">
        ${scatter.available.map(
          (m) => html`<option value=${m} ?selected=${m === scatter.measure}>${m}</option>`,
        )}
      </select></label
    >
  </form>`;
}

/**
 * Claims against outcomes for the filtered landlords; nothing at all while no outcomes are
 * imported, so the overview reads as it did before them.
 */
export async function outcomeScatterSection(
  route: Route,
  scatter: OutcomeScatter,
): Promise<TemplateResult | string> {
  if (scatter.available.length === 0) {
    return '';
  }
  const n = scatter.points.length;
  const body =
    n === 0
      ? empty(
          `No landlord here has both a declared compliance and a figure for ${scatter.measure}.`,
        )
      : html`${
            n < SMALL_N
              ? html`<p class="small-n" role="note">
                  <strong>Few landlords:</strong> only ${n}
                  ${n === 1 ? 'landlord has' : 'landlords have'} both figures here, too few to read
                  a pattern or trust the medians.
                </p>`
              : ''
          }
          <p class="scatter-medians">
            Medians of these ${n} landlords: declared compliance
            ${percent(scatter.medianDeclaredCompliance)}; ${scatter.measure}
            ${measureValue(scatter.measure, scatter.medianValue)}.
          </p>
          ${await outcomeScatterChart(scatter)}`;
  return html`<section class="outcome-scatter" aria-labelledby="outcome-scatter-heading">
    <h2 id="outcome-scatter-heading">Claims against outcomes</h2>
    <p>
      Each landlord’s declared compliance beside its latest published figure: ${n} of
      ${scatter.declaring} landlords with a current assessment here have one (${scatter.measured}
      with a figure).
    </p>
    ${measureForm(route, scatter)} ${body}
  </section>`;
}
