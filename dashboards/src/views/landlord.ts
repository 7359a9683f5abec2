import { html, nothing, type TemplateResult } from 'lit-html';
import { ApiError, gql } from '../api';
import { evidenceText, type EvidenceSentence } from '../components/evidence';
import { externalLink } from '../components/external-link';
import { findLandlords, landlordPicker } from '../components/landlord-picker';
import { sectionsChart, type SectionShare } from '../components/plot-charts';
import { empty, notFound } from '../components/states';
import { KIND_LABELS, SIZE_LABELS } from '../filters';
import { actionText, ANSWER_WORDS, answerClass, editionLabel, percent } from '../format';
import { go, href, type Route } from '../route';
import { outcomesSection } from './outcomes-section';

interface AssessmentWhen {
  year: number | null;
  period: string | null;
  completedOn: string | null;
}

/** An assessment's time in words: its assessment year, else the period or date it states. */
const when = (a: AssessmentWhen) =>
  a.year
    ? String(a.year)
    : (a.period ??
      (a.completedOn ? `the assessment of ${a.completedOn}` : 'an undated assessment'));

interface LandlordData {
  landlord: {
    name: string;
    kind: string;
    region: string | null;
    homes: number | null;
    sizeBand: string | null;
    website: string | null;
    assessments: {
      edges: {
        node: {
          id: string;
          year: number | null;
          edition: string | null;
          period: string | null;
          current: boolean;
          source: { source: string };
        };
      }[];
    };
    currentAssessment: null | {
      id: string;
      year: number | null;
      edition: string | null;
      source: { source: string; sha256: string };
      responses: {
        edges: {
          node: {
            provision: string;
            provision2024: string | null;
            compliance: string;
            evidence: string;
            commentary: string;
            page: number | null;
            boilerplate: boolean;
            sentences: EvidenceSentence[];
            flags: { kind: string; reason: string; overruled: boolean }[];
            actions: { text: string; dueFrom: string | null; dueTo: string | null }[];
            contradiction: { words: string } | null;
          };
        }[];
      };
    };
  } | null;
  scorecard: null | {
    peerDescription: string;
    peerAssessments: number;
    summary: string;
    yesShare: number | null;
    peersYesShare: number | null;
    boilerplateRate: number | null;
    peersBoilerplateRate: number | null;
    provisions: {
      provision: string;
      summary: string;
      compliance: string;
      answerLabel: string;
      evidenceLabel: string;
      peersYesShare: number | null;
      specificityPercentile: number | null;
    }[];
    sections: SectionShare[];
  };
  assessmentChanges: null | {
    answersChanged: number;
    copiedForward: number;
    from: AssessmentWhen;
    to: AssessmentWhen;
    changes: {
      provision: string;
      before: string | null;
      after: string | null;
      answerChanged: boolean;
      modification: number | null;
    }[];
  };
}

const QUERY = `query Landlord($id: ID!, $peers: PeerGroup!) {
  landlord(id: $id) {
    name kind region homes sizeBand website
    assessments(first: 20) { edges { node { id year edition period current source { source } } } }
    currentAssessment { id year edition source { source sha256 }
      responses(first: 100) { edges { node { provision provision2024 compliance evidence commentary page boilerplate
        sentences { text kind reason } flags { kind reason overruled } actions { text dueFrom dueTo } contradiction { words } } } } }
  }
  scorecard(landlordId: $id, peers: $peers) { peerDescription peerAssessments summary yesShare peersYesShare boilerplateRate peersBoilerplateRate
    provisions { provision summary compliance answerLabel evidenceLabel peersYesShare specificityPercentile }
    sections { section title answers yes yesShare peerAnswers peersYes peersYesShare } }
  assessmentChanges(landlordId: $id) { answersChanged copiedForward
    from { year period completedOn } to { year period completedOn }
    changes { provision before after answerChanged modification } }
}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const PEERS: [string, string][] = [
  ['SIMILAR', 'Same kind and size'],
  ['SAME_KIND', 'Same kind'],
  ['SAME_SIZE_BAND', 'Same size'],
  ['SAME_REGION', 'Same region'],
  ['SECTOR', 'Whole sector'],
];

async function pickView(route: Route): Promise<TemplateResult> {
  const text = route.params.get('q') ?? '';
  const hits = await findLandlords(text);
  return html`<h1>Landlord scorecard</h1>
    <p class="lede">
      Find a landlord to see every answer it gave, its evidence, and how it compares with its peers.
    </p>
    ${landlordPicker(
      'Landlord name',
      text,
      hits,
      (q) => go('landlord', null, { q }),
      (h) =>
        html`<a href=${href('landlord', h.id)}>${h.name}</a>
          <span class="muted">${KIND_LABELS[h.kind] ?? h.kind}</span>`,
    )}`;
}

export async function landlordView(route: Route): Promise<TemplateResult> {
  if (!route.subject) {
    return pickView(route);
  }
  const gone = 'No landlord has this id. It may have been removed; find it again by name.';
  if (!UUID.test(route.subject)) {
    return notFound(gone, href('landlords'), 'the list of landlords');
  }
  const chosen = route.params.get('peers') ?? '';
  const peers = PEERS.some(([v]) => v === chosen) ? chosen : 'SIMILAR';
  let data: LandlordData;
  let outcomes: Awaited<ReturnType<typeof outcomesSection>>;
  try {
    [data, outcomes] = await Promise.all([
      gql<LandlordData>(QUERY, { id: route.subject, peers }),
      outcomesSection(route.subject),
    ]);
  } catch (error) {
    // An id of the right shape that no landlord has: the scorecard says so as NOT_FOUND.
    if (error instanceof ApiError && error.code === 'NOT_FOUND') {
      return notFound(gone, href('landlords'), 'the list of landlords');
    }
    throw error;
  }
  const l = data.landlord;
  if (!l) {
    return notFound(gone, href('landlords'), 'the list of landlords');
  }
  const a = l.currentAssessment;
  const s = data.scorecard;
  const changePeers = (e: Event) =>
    go('landlord', route.subject, { peers: (e.target as HTMLSelectElement).value });
  return html`<h1>${l.name}</h1>
    <p class="lede">
      ${KIND_LABELS[l.kind] ?? l.kind}${l.region ? ` · ${l.region}` : ''}${l.sizeBand ? ` · ${SIZE_LABELS[l.sizeBand]}` : ''}
      ${l.website ? html` · ${externalLink(l.website, 'website')}` : nothing}
    </p>
    ${
      !a || !s
        ? empty('No self-assessment has been found for this landlord yet.')
        : html`<p>${s.summary}</p>
            <form class="filters">
              <label
                >Compare with
                <select @change=${changePeers}>
                  ${PEERS.map(([v, t]) => html`<option value=${v} ?selected=${v === peers}>${t}</option>`)}
                </select></label
              >
              <p class="muted">${s.peerAssessments} peer assessments: ${s.peerDescription}.</p>
            </form>
            <section class="kpis" aria-label="Against peers">
              <div class="kpi">
                <span class="value">${percent(s.yesShare)}</span
                ><span class="label"
                  >of its stated answers are yes; peers ${percent(s.peersYesShare)}</span
                >
              </div>
              <div class="kpi">
                <span class="value">${percent(s.boilerplateRate)}</span
                ><span class="label"
                  >of its evidence is standard wording; peers
                  ${percent(s.peersBoilerplateRate)}</span
                >
              </div>
              <div class="kpi">
                <span class="value">${a.year ?? '–'}</span
                ><span class="label"
                  >${editionLabel(a.edition)} Code ·
                  ${externalLink(a.source.source, 'source document')}</span
                >
              </div>
            </section>
            <h2>Against its peers, section by section</h2>
            ${await sectionsChart(s.sections)}
            <h2>Every answer</h2>
            <div class="table-wrap">
              <table class="answers">
                <thead>
                  <tr>
                    <th>Provision</th>
                    <th>Answer</th>
                    <th>Evidence</th>
                    <th class="num">Peers saying yes</th>
                    <th class="num">More specific than</th>
                  </tr>
                </thead>
                <tbody>
                  ${a.responses.edges.map(({ node: r }) => {
                    const row = s.provisions.find((p) => p.provision === r.provision2024);
                    return html`<tr>
                      <th scope="row">
                        ${r.provision2024 ? html`<a href=${href('provision', r.provision2024)}>${r.provision}</a>` : r.provision}
                      </th>
                      <td>
                        <span class="tag ${answerClass(r.compliance)}"
                          >${ANSWER_WORDS[r.compliance]}</span
                        >
                      </td>
                      <td>
                        ${row ? html`<strong>${row.evidenceLabel}.</strong> ` : nothing}${evidenceText(r.evidence, r.commentary, r.sentences)}
                        ${r.flags.filter((f) => f.kind === 'CONTRADICTION').map((f) => html`<p class="reason">Contradiction${f.overruled ? ' (overruled)' : ''}: “${f.reason}”</p>`)}
                        ${r.actions.map((x) => html`<p class="reason">Action: ${actionText(x.text)}${x.dueTo ? ` — due by ${x.dueTo}` : ''}</p>`)}
                        ${r.page ? html`<p class="reason">${externalLink(a.source.source, 'Source')}, page ${r.page}</p>` : nothing}
                      </td>
                      <td class="num">${percent(row?.peersYesShare)}</td>
                      <td class="num">${percent(row?.specificityPercentile)} of peers</td>
                    </tr>`;
                  })}
                </tbody>
              </table>
            </div>`
    }
    ${outcomes}
    <h2>History</h2>
    ${
      l.assessments.edges.length === 0
        ? empty('No assessments stored.')
        : html`<ul class="plain">
            ${l.assessments.edges.map(({ node }) => html`<li>${node.year ?? 'Year unknown'} · ${editionLabel(node.edition)} Code${node.period ? ` · ${node.period}` : ''}${node.current ? '' : ' · replaced by a later version'} · ${externalLink(node.source.source, 'source')}</li>`)}
          </ul>`
    }
    ${
      data.assessmentChanges
        ? html`<p>
            Between ${when(data.assessmentChanges.from)} and ${when(data.assessmentChanges.to)}:
            ${data.assessmentChanges.answersChanged} answers changed;
            ${data.assessmentChanges.copiedForward} answers’ evidence was copied forward almost word
            for word.
          </p>`
        : nothing
    }`;
}
