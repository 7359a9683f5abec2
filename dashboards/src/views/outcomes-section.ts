import { html, nothing, type TemplateResult } from 'lit-html';
import { gql } from '../api';

interface OutcomesData {
  landlord: null | {
    outcomes: {
      source: string;
      measure: string;
      period: string;
      tenure: string;
      value: number | null;
      marker: string | null;
      perThousandHomes: number | null;
    }[];
  };
  claimsVsOutcomes: { provision: string; measure: string; text: string; rule: string }[];
}

const QUERY = `query LandlordOutcomes($id: ID!) {
  landlord(id: $id) { outcomes { source measure period tenure value marker perThousandHomes } }
  claimsVsOutcomes(filter: { landlordIds: [$id] }) { provision measure text rule }
}`;

const UNITS: [RegExp, string][] = [
  [/^(CH02|TP09|HOS maladministration rate)/, '%'],
  [/^CH01/, ' per 1,000 homes'],
];

/** A figure as published: with its unit, or the marker that stood for it. */
function figure(m: { measure: string; value: number | null; marker: string | null }): string {
  if (m.value === null) {
    return m.marker ? `not published ${m.marker}` : '–';
  }
  return `${Math.round(m.value * 10) / 10}${UNITS.find(([p]) => p.test(m.measure))?.[1] ?? ''}`;
}

/** The landlord page's outcomes beside its claims: flags in plain words, then the figures. */
export async function outcomesSection(
  landlordId: string,
): Promise<TemplateResult | typeof nothing> {
  const data = await gql<OutcomesData>(QUERY, { id: landlordId });
  const outcomes = data.landlord?.outcomes ?? [];
  if (outcomes.length === 0) {
    return nothing;
  }
  return html`<h2>Claims against published outcomes</h2>
    ${
      data.claimsVsOutcomes.length === 0
        ? html`<p>No claim in the current self-assessment is put in doubt by these outcomes.</p>`
        : html`<ul class="plain outcome-flags">
            ${data.claimsVsOutcomes.map(
              (f) =>
                html`<li><strong>${f.text}.</strong> <span class="reason">${f.rule}</span></li>`,
            )}
          </ul>`
    }
    <div class="table-wrap">
      <table class="outcomes">
        <caption>
          Tenant Satisfaction Measures, Ombudsman findings and Complaint Handling Failure Orders
          (Open Government Licence v3.0). Counts are shown per 1,000 homes.
        </caption>
        <thead>
          <tr>
            <th>Measure</th>
            <th>Year</th>
            <th>Tenure</th>
            <th class="num">Figure</th>
            <th class="num">Per 1,000 homes</th>
          </tr>
        </thead>
        <tbody>
          ${outcomes.map(
            (m) =>
              html`<tr>
                <th scope="row">${m.measure}</th>
                <td>${m.period}</td>
                <td>${m.tenure.toLowerCase()}</td>
                <td class="num">${figure(m)}</td>
                <td class="num">${m.perThousandHomes ?? '–'}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}
