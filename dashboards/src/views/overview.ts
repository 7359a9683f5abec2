import { html, type TemplateResult } from 'lit-html';
import { gql } from '../api';
import { answerStack, bars, yesShare, type AnswerSplit } from '../components/charts';
import { bandStyle, heatScale, NO_SHARE_STYLE } from '../components/heat-scale';
import { yearsChart, type YearAnswers } from '../components/plot-charts';
import { filterForm, type FilterOptions } from '../components/filter-form';
import type { OutcomeScatter } from '../components/scatter-choices';
import { empty } from '../components/states';
import { filterFrom, filterParams } from '../filters';
import { count, editionLabel, percent } from '../format';
import { href, type Route } from '../route';
import { outcomeScatterSection, SCATTER_FIELDS, scatterVariables } from './outcome-scatter-section';

interface Benchmark extends AnswerSplit {
  provision: string;
  section: number;
  summary: string;
  total: number;
  boilerplateRate: number | null;
}

interface OverviewData {
  filterOptions: FilterOptions;
  codeProvisions: { section: number; sectionTitle: string }[];
  sectorSummary: {
    registeredLandlords: number;
    assessedLandlords: number;
    unmatchedAssessments: number;
    fullyCompliant: number;
    fullyCompliantShare: number | null;
    boilerplateRate: number | null;
    contradictions: number;
    coverage: { edition: string | null; assessments: number }[];
    mostNonCompliant: {
      provision: string;
      summary: string;
      notMet: number;
      stated: number;
      share: number;
    }[];
    boilerplatePhrases: { sentence: string; landlords: number }[];
    landlordDistribution: { from: number; to: number; compliance: number; boilerplate: number }[];
  };
  provisionBenchmarks: Benchmark[];
  sectorBreakdown: YearAnswers[];
  outcomeScatter: OutcomeScatter;
}

const QUERY = `query Overview($filter: SectorFilterInput, $measure: String, $tenure: Tenure, $claim: ScatterClaim) {
  filterOptions { regions years editions }
  codeProvisions { section sectionTitle }
  sectorSummary(filter: $filter) {
    registeredLandlords assessedLandlords unmatchedAssessments fullyCompliant fullyCompliantShare boilerplateRate contradictions
    coverage { edition assessments }
    mostNonCompliant { provision summary notMet stated share }
    boilerplatePhrases { sentence landlords }
    landlordDistribution { from to compliance boilerplate }
  }
  provisionBenchmarks(filter: $filter) { provision section summary yes no partial notApplicable notStated total boilerplateRate }
  sectorBreakdown(by: YEAR, filter: $filter) { group assessments yes partial no notApplicable notStated total }
  ${SCATTER_FIELDS}
}`;

function heatmap(
  benchmarks: Benchmark[],
  sections: Map<number, string>,
  route: Route,
): TemplateResult {
  const bySection = new Map<number, Benchmark[]>();
  for (const b of benchmarks) {
    bySection.set(b.section, [...(bySection.get(b.section) ?? []), b]);
  }
  const params = filterParams(route.params);
  const scale = heatScale(benchmarks.map(yesShare));
  return html`<div class="heatmap" role="table" aria-label="Declared compliance by provision">
      ${[...bySection].map(
        ([section, rows]) =>
          html`<div class="heat-row" role="row">
            <span role="rowheader">${section}. ${sections.get(section) ?? ''}</span>
            <span class="heat-cells">
              ${rows.map((b) => {
                const share = yesShare(b);
                return html`<a
                  role="cell"
                  class="heat-cell"
                  style=${bandStyle(scale.bandOf(share))}
                  href=${href('provision', b.provision, params)}
                  title=${`${b.provision}: ${b.summary}`}
                  aria-label=${`Provision ${b.provision}: ${percent(share)} say yes`}
                  ><strong>${b.provision}</strong>${percent(share)}</a
                >`;
              })}
            </span>
          </div>`,
      )}
    </div>
    <p class="legend">
      Share of stated answers that are “yes” (bands hold about as many provisions each):
      ${scale.bands.map((b) => html`<span><span class="swatch" style=${bandStyle(b)}></span>${b.label}</span>`)}
      ${benchmarks.some((b) => yesShare(b) === null) ? html`<span><span class="swatch" style=${NO_SHARE_STYLE}></span>no stated answer</span>` : ''}
    </p>`;
}

export async function overviewView(route: Route): Promise<TemplateResult> {
  const filter = filterFrom(route.params);
  const data = await gql<OverviewData>(QUERY, { filter, ...scatterVariables(route) });
  const s = data.sectorSummary;
  const sections = new Map(data.codeProvisions.map((p) => [p.section, p.sectionTitle]));
  const assessments = s.coverage.reduce((sum, c) => sum + c.assessments, 0);
  const bucket = (b: { from: number; to: number }) => `${percent(b.from)}–${percent(b.to)}`;
  return html`<h1>Sector overview</h1>
    <p class="lede">
      What landlords declare against the Complaint Handling Code, and how much real evidence stands
      behind it.
    </p>
    ${filterForm(route, data.filterOptions)}
    ${
      assessments === 0
        ? empty('No assessments match these filters. Try fewer filters.')
        : html`<section class="kpis" aria-label="Key figures">
              <div class="kpi">
                <span class="value">${count(s.assessedLandlords)}</span
                ><span class="label"
                  >of ${count(s.registeredLandlords)} registered landlords have a current
                  assessment${s.unmatchedAssessments ? html`, plus ${s.unmatchedAssessments} not matched to the registry` : ''}</span
                >
              </div>
              <div class="kpi">
                <span class="value">${percent(s.fullyCompliantShare)}</span
                ><span class="label"
                  >declare every provision met (${count(s.fullyCompliant)} assessments)</span
                >
              </div>
              <div class="kpi">
                <span class="value">${percent(s.boilerplateRate)}</span
                ><span class="label">of answers with evidence are standard wording</span>
              </div>
              <div class="kpi">
                <span class="value">${count(s.contradictions)}</span
                ><span class="label">answers contradicted by their own commentary</span>
              </div>
              <div class="kpi">
                <span class="value"
                  >${s.coverage.map((c) => `${c.edition ? editionLabel(c.edition) : 'unknown'}: ${c.assessments}`).join(' · ')}</span
                ><span class="label">assessments by Code edition</span>
              </div>
            </section>
            <h2>Declared compliance by provision</h2>
            ${heatmap(data.provisionBenchmarks, sections, route)}
            <h2>Answers over the years</h2>
            ${await yearsChart(data.sectorBreakdown)}
            ${await outcomeScatterSection(route, data.outcomeScatter)}
            <div class="grid2">
              <section>
                <h2>Most often not met</h2>
                ${
                  s.mostNonCompliant.length === 0
                    ? empty('Every landlord here says it meets every provision.')
                    : html`<div class="table-wrap">
                        <table>
                          <thead>
                            <tr>
                              <th>Provision</th>
                              <th class="num">Not or partly met</th>
                              <th>Answers</th>
                            </tr>
                          </thead>
                          <tbody>
                            ${s.mostNonCompliant.map((g) => {
                              const b = data.provisionBenchmarks.find(
                                (x) => x.provision === g.provision,
                              );
                              return html`<tr>
                                <td>
                                  <a
                                    href=${href('provision', g.provision, filterParams(route.params))}
                                    >${g.provision}</a
                                  >
                                  ${g.summary}
                                </td>
                                <td class="num">${g.notMet} (${percent(g.share)})</td>
                                <td>${b ? answerStack(b) : ''}</td>
                              </tr>`;
                            })}
                          </tbody>
                        </table>
                      </div>`
                }
              </section>
              <section>
                <h2>Most common standard sentences</h2>
                ${
                  s.boilerplatePhrases.length === 0
                    ? empty('No sentence is shared by several landlords yet.')
                    : html`<ul class="plain">
                        ${s.boilerplatePhrases.map((p) => html`<li>“${p.sentence}” <span class="muted">— ${p.landlords} landlords</span></li>`)}
                      </ul>`
                }
              </section>
            </div>
            <div class="grid2">
              <section>
                <h2>Landlords by share of “yes”</h2>
                ${bars(
                  s.landlordDistribution.map((b) => ({
                    label: bucket(b),
                    value: b.compliance,
                    total: assessments,
                  })),
                  'Number of landlords whose stated answers are this share “yes”',
                )}
              </section>
              <section>
                <h2>Landlords by standard wording</h2>
                ${bars(
                  s.landlordDistribution.map((b) => ({
                    label: bucket(b),
                    value: b.boilerplate,
                    total: assessments,
                  })),
                  'Number of landlords whose evidence is this share standard wording',
                )}
              </section>
            </div>`
    }`;
}
