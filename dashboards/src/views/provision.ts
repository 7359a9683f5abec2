import { html, nothing, type TemplateResult } from 'lit-html';
import { gql } from '../api';
import { answerStack, yesShare, type AnswerSplit } from '../components/charts';
import { evidenceText, type EvidenceSentence } from '../components/evidence';
import { externalLink } from '../components/external-link';
import { filterForm, type FilterOptions } from '../components/filter-form';
import { Pager } from '../components/pager';
import { empty, notFound } from '../components/states';
import { filterFrom, filterParams, KIND_LABELS, SIZE_LABELS } from '../filters';
import { ANSWER_WORDS, answerClass, percent } from '../format';
import { href, type Route } from '../route';

interface Counts extends AnswerSplit {
  total: number;
  boilerplateRate: number | null;
  specificity: { median: number; p25: number; p75: number } | null;
}

interface ProvisionData {
  filterOptions: FilterOptions;
  provisionBenchmarks: (Counts & { provision: string; summary: string })[];
  byKind: (Counts & { group: string | null; assessments: number })[];
  bySize: (Counts & { group: string | null; assessments: number })[];
  byYear: (Counts & { group: string | null; assessments: number })[];
  provisionEvidence: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      node: {
        id: string;
        compliance: string;
        evidence: string;
        commentary: string;
        page: number | null;
        boilerplate: boolean;
        specificity: number;
        sentences: EvidenceSentence[];
        citedDocuments: { name: string }[];
        assessment: {
          landlord: { id: string; name: string } | null;
          landlordNameInDocument: string | null;
          source: { source: string };
        };
      };
    }[];
  };
}

const COUNTS =
  'yes no partial notApplicable notStated total boilerplateRate specificity { median p25 p75 }';
const EVIDENCE_PAGE = 12;
const PROVISION = /^\d{1,2}\.\d{1,2}$/;

const QUERY = `query Provision($p: String!, $filter: SectorFilterInput, $after: String) {
  filterOptions { regions years editions }
  provisionBenchmarks(filter: $filter, provision: $p) { provision summary ${COUNTS} }
  byKind: provisionBreakdown(provision: $p, by: KIND, filter: $filter) { group assessments ${COUNTS} }
  bySize: provisionBreakdown(provision: $p, by: SIZE_BAND, filter: $filter) { group assessments ${COUNTS} }
  byYear: provisionBreakdown(provision: $p, by: YEAR, filter: $filter) { group assessments ${COUNTS} }
  provisionEvidence(provision: $p, first: ${EVIDENCE_PAGE}, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id compliance evidence commentary page boilerplate specificity
      sentences { text kind reason } citedDocuments { name }
      assessment { landlordNameInDocument landlord { id name } source { source } } } }
  }
}`;

const groupLabel = (group: string | null, labels: Record<string, string>) =>
  group === null ? 'Not known' : (labels[group.toUpperCase()] ?? group);

function breakdown(
  title: string,
  rows: ProvisionData['byKind'],
  labels: Record<string, string> = {},
): TemplateResult {
  return html`<section>
    <h2>${title}</h2>
    ${
      rows.length === 0
        ? empty('No answers in this group.')
        : html`<div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>Group</th>
                  <th class="num">Assessments</th>
                  <th class="num">Yes</th>
                  <th>Answers</th>
                  <th class="num">Standard wording</th>
                </tr>
              </thead>
              <tbody>
                ${rows.map(
                  (r) =>
                    html`<tr>
                      <td>${groupLabel(r.group, labels)}</td>
                      <td class="num">${r.assessments}</td>
                      <td class="num">${percent(yesShare(r))}</td>
                      <td>${answerStack(r)}</td>
                      <td class="num">${percent(r.boilerplateRate)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
    }
  </section>`;
}

export async function provisionView(route: Route): Promise<TemplateResult> {
  const provision = route.subject;
  if (!provision || !PROVISION.test(provision)) {
    return notFound(
      provision
        ? `“${provision}” is not a provision of the Code: provisions are numbered like 5.8.`
        : 'This link names no provision. Choose one on the sector overview.',
    );
  }
  const pager = new Pager(route, 'after', EVIDENCE_PAGE);
  const data = await gql<ProvisionData>(QUERY, {
    p: provision,
    filter: filterFrom(route.params),
    after: pager.after,
  });
  const b = data.provisionBenchmarks[0];
  if (!b) {
    return html`<h1>Provision ${provision}</h1>
      ${filterForm(route, data.filterOptions)}${empty('No current assessment answers this provision with these filters.')}`;
  }
  const cited = new Map<string, number>();
  for (const { node } of data.provisionEvidence.edges) {
    for (const d of node.citedDocuments) {
      cited.set(d.name, (cited.get(d.name) ?? 0) + 1);
    }
  }
  return html`<p>
      <a href=${href('overview', null, filterParams(route.params))}>← Sector overview</a>
    </p>
    <h1>Provision ${b.provision}</h1>
    <p class="lede">${b.summary}</p>
    ${filterForm(route, data.filterOptions)}
    <section class="kpis" aria-label="Answers">
      <div class="kpi">
        <span class="value">${percent(yesShare(b))}</span
        ><span class="label">say yes (${b.yes} of ${b.yes + b.no + b.partial} stated)</span>
      </div>
      <div class="kpi">
        <span class="value">${b.partial + b.no}</span
        ><span class="label">say partly (${b.partial}) or no (${b.no})</span>
      </div>
      <div class="kpi">
        <span class="value">${percent(b.boilerplateRate)}</span
        ><span class="label">of evidence is standard wording</span>
      </div>
      <div class="kpi">
        <span class="value">${b.specificity ? percent(b.specificity.median) : '–'}</span
        ><span class="label">median specificity (share of concrete details)</span>
      </div>
    </section>
    <p>
      ${answerStack(b)}
      <span class="muted"
        >Yes ${b.yes} · partly ${b.partial} · no ${b.no} · not applicable ${b.notApplicable} · no
        answer ${b.notStated}</span
      >
    </p>
    <div class="grid2">
      ${breakdown('By landlord kind', data.byKind, KIND_LABELS)}
      ${breakdown('By size', data.bySize, SIZE_LABELS)}
    </div>
    ${breakdown('By year', data.byYear)}
    <h2>How landlords evidence it</h2>
    <p class="muted">
      Answers with the most specific evidence first. Marked sentences add no evidence of their own;
      hover or read the reasons below each.
    </p>
    ${pager.view(
      'answers',
      data.provisionEvidence.edges.length,
      data.provisionEvidence.totalCount,
      data.provisionEvidence.pageInfo,
    )}
    ${
      cited.size > 0
        ? html`<p>
            <strong>Documents cited:</strong> ${[...cited]
              .sort((a, b) => b[1] - a[1])
              .slice(0, 8)
              .map(([name, n]) => `${name} (${n})`)
              .join('; ')}
          </p>`
        : nothing
    }
    ${data.provisionEvidence.edges.map(
      ({ node }) =>
        html`<article class="card">
          <h3>
            ${
              node.assessment.landlord
                ? html`<a href=${href('landlord', node.assessment.landlord.id)}
                    >${node.assessment.landlord.name}</a
                  >`
                : (node.assessment.landlordNameInDocument ?? 'Unregistered landlord')
            }
            <span class="tag ${answerClass(node.compliance)}"
              >${ANSWER_WORDS[node.compliance]}</span
            >
          </h3>
          ${evidenceText(node.evidence, node.commentary, node.sentences)}
          <p class="muted">
            Specificity ${percent(node.specificity)} ·
            ${externalLink(node.assessment.source.source, 'source document')}${node.page ? `, page ${node.page}` : ''}
          </p>
        </article>`,
    )}
    ${pager.view(
      'answers',
      data.provisionEvidence.edges.length,
      data.provisionEvidence.totalCount,
      data.provisionEvidence.pageInfo,
    )}`;
}
