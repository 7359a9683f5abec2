import { html, type TemplateResult } from 'lit-html';
import { measureValue, outcomeScatterChart } from '../components/outcome-scatter-chart';
import {
  CLAIMS,
  measureName,
  scatterChoices,
  TENURES,
  type OutcomeScatter,
} from '../components/scatter-choices';
import { empty } from '../components/states';
import { percent } from '../format';
import { go, type Route } from '../route';

/**
 * The measure, claim figure and tenure the link asks for; without them, the API's defaults
 * (the first measure it has figures for, declared compliance, both tenures together).
 */
export const scatterVariables = (route: Route) => ({
  measure: route.params.get('measure') || null,
  ...scatterChoices(route.params),
});

/** Fewer landlords with both figures than this, and the chart says a pattern cannot be read. */
const SMALL_N = 5;

export const SCATTER_FIELDS = `outcomeScatter(filter: $filter, measure: $measure, tenure: $tenure, claim: $claim) {
    measure tenure claim available tenures claiming measured medianClaim medianValue
    points { landlord { id name kind } claim yes stated evidenced withText value year period }
  }`;

/** Radio buttons: every choice in view, the chosen one marked by its dot, arrow keys to move. */
function radios(
  name: string,
  legend: string,
  choices: [string, string, boolean][],
  current: string,
): TemplateResult {
  return html`<fieldset class="choices">
    <legend>${legend}</legend>
    ${choices.map(
      ([value, label, enabled]) =>
        html`<label class="choice"
          ><input
            type="radio"
            name=${name}
            value=${value}
            .checked=${value === current}
            ?disabled=${!enabled}
          />${label}${enabled ? '' : ' (no figures)'}</label
        >`,
    )}
  </fieldset>`;
}

function choicesForm(route: Route, scatter: OutcomeScatter): TemplateResult {
  const choose = (event: Event) => {
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    const params = new URLSearchParams(route.params);
    params.set(control.name, control.value);
    go(route.view, route.subject, params);
  };
  return html`<form
    class="filters scatter-choices"
    aria-label="Choose what the scatter shows"
    @change=${choose}
    @submit=${(e: Event) => e.preventDefault()}
  >
    <label
      >Outcome measure
      <select name="measure">
        ${scatter.available.map(
          (m) => html`<option value=${m} ?selected=${m === scatter.measure}>${m}</option>`,
        )}
      </select></label
    >
    ${radios(
      'claim',
      'Set against',
      Object.entries(CLAIMS).map(([value, words]) => [value, words.label, true]),
      scatter.claim,
    )}
    ${radios(
      'tenure',
      'Tenure',
      Object.entries(TENURES).map(([value, label]) => [
        value,
        label,
        value === scatter.tenure || scatter.tenures.some((t) => t === value),
      ]),
      scatter.tenure,
    )}
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
  const claim = CLAIMS[scatter.claim];
  const named = measureName(scatter.measure, scatter.tenure);
  const n = scatter.points.length;
  const body =
    n === 0
      ? empty(`No landlord here has both ${claim.phrase} and a figure for ${named}.`)
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
            Medians of these ${n} landlords: ${claim.phrase} ${percent(scatter.medianClaim)};
            ${named} ${measureValue(scatter.measure, scatter.medianValue)}.
          </p>
          ${await outcomeScatterChart(scatter)}`;
  return html`<section class="outcome-scatter" aria-labelledby="outcome-scatter-heading">
    <h2 id="outcome-scatter-heading">Claims against outcomes</h2>
    <p class="scatter-counts">
      Each landlord’s ${claim.phrase} beside its latest published figure for ${named}: ${n}
      ${n === 1 ? 'landlord here has' : 'landlords here have'} both (${scatter.claiming} with
      ${claim.having}, ${scatter.measured} with a figure).
    </p>
    ${choicesForm(route, scatter)} ${body}
  </section>`;
}
