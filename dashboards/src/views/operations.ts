import { enumWords } from '../format';
import { html, type TemplateResult } from 'lit-html';
import { apiKey, gql } from '../api';
import { keyForm, refusedKey } from '../components/key-form';
import { empty } from '../components/states';
import { go } from '../route';
import { AGREEMENT_FIELDS, agreementSection, type AgreementData } from './agreement-section';
import {
  LOW_CONFIDENCE_QUERY,
  lowConfidenceSection,
  type LowConfidenceData,
} from './low-confidence-section';

interface OperationsData {
  operationsStatus: {
    database: string;
    queue: string;
    landlords: number;
    documents: number;
    failedDocuments: number;
    assessments: number;
    currentAssessments: number;
    responses: number;
    jobs: { waiting: number; active: number; failed: number; completed: number };
    agreement: AgreementData;
  };
  failedDocuments: {
    totalCount: number;
    edges: { node: { source: string; error: string | null; fetchedAt: string } }[];
  };
  lowConfidenceAssessments: LowConfidenceData;
  crawlRuns: {
    totalCount: number;
    edges: {
      node: {
        landlordName: string | null;
        website: string;
        stopReason: string;
        pagesVisited: number;
        found: number;
        startedAt: string;
      };
    }[];
  };
}

const QUERY = `{ operationsStatus { database queue landlords documents failedDocuments assessments currentAssessments responses jobs { waiting active failed completed } ${AGREEMENT_FIELDS} }
  failedDocuments(first: 50) { totalCount edges { node { source error fetchedAt } } }
  ${LOW_CONFIDENCE_QUERY}
  crawlRuns(first: 50) { totalCount edges { node { landlordName website stopReason pagesVisited found startedAt } } } }`;

export async function operationsView(): Promise<TemplateResult> {
  if (!apiKey.get()) {
    return keyForm(
      'Operations',
      'Crawl status and failed documents are for analysts.',
      'operations',
    );
  }
  let data: OperationsData;
  try {
    data = await gql<OperationsData>(QUERY);
  } catch (error) {
    if (refusedKey(error)) {
      return keyForm(
        'Operations',
        `That key cannot open this page (${(error as Error).message}).`,
        'operations',
      );
    }
    throw error;
  }
  const s = data.operationsStatus;
  return html`<h1>Operations</h1>
    <p>
      <button
        class="secondary"
        @click=${() => {
          apiKey.set(null);
          go('operations', null);
        }}
      >
        Forget key
      </button>
    </p>
    <section class="kpis" aria-label="Store">
      <div class="kpi">
        <span class="value">${s.documents}</span
        ><span class="label">documents (${s.failedDocuments} failed)</span>
      </div>
      <div class="kpi">
        <span class="value">${s.currentAssessments}</span
        ><span class="label">current assessments of ${s.assessments}</span>
      </div>
      <div class="kpi">
        <span class="value">${s.responses}</span><span class="label">responses</span>
      </div>
      <div class="kpi">
        <span class="value">${s.jobs.waiting + s.jobs.active}</span
        ><span class="label">jobs queued or running (${s.queue}; ${s.jobs.failed} failed)</span>
      </div>
    </section>
    <h2>Failed documents (${data.failedDocuments.totalCount})</h2>
    ${
      data.failedDocuments.edges.length === 0
        ? empty('No document has failed.')
        : html`<div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>Document</th>
                  <th>Why</th>
                  <th>When</th>
                </tr>
              </thead>
              <tbody>
                ${data.failedDocuments.edges.map(
                  ({ node }) =>
                    html`<tr>
                      <td>${node.source}</td>
                      <td>${node.error}</td>
                      <td>${new Date(node.fetchedAt).toLocaleString('en-GB')}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
    }
    ${lowConfidenceSection(data.lowConfidenceAssessments)} ${agreementSection(s.agreement)}
    <h2>Crawls (${data.crawlRuns.totalCount})</h2>
    ${
      data.crawlRuns.edges.length === 0
        ? empty('No website has been crawled yet.')
        : html`<div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>Landlord</th>
                  <th>Result</th>
                  <th class="num">Pages</th>
                  <th class="num">Found</th>
                  <th>When</th>
                </tr>
              </thead>
              <tbody>
                ${data.crawlRuns.edges.map(
                  ({ node }) =>
                    html`<tr>
                      <td>${node.landlordName ?? node.website}</td>
                      <td>${enumWords(node.stopReason)}</td>
                      <td class="num">${node.pagesVisited}</td>
                      <td class="num">${node.found}</td>
                      <td>${new Date(node.startedAt).toLocaleString('en-GB')}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
    }`;
}
