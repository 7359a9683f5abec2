import { enumWords } from '../format';
import { html, type TemplateResult } from 'lit-html';
import { empty } from '../components/states';
import { href } from '../route';

export interface LowConfidenceData {
  totalCount: number;
  edges: {
    node: {
      id: string;
      landlordId: string | null;
      landlord: string | null;
      period: string | null;
      confidence: { level: string; score: number; reasons: string[] };
      source: { source: string };
    };
  }[];
}

/** The operations query's part for the list, least sure first. */
export const LOW_CONFIDENCE_QUERY = `lowConfidenceAssessments(first: 50) { totalCount edges { node { id landlordId landlord period confidence { level score reasons } source { source } } } }`;

/**
 * Assessments whose answers may not have been read (an answer column drawn as an image, an
 * unusual layout): listed so nobody takes them for a landlord that answered nothing.
 */
export function lowConfidenceSection(data: LowConfidenceData): TemplateResult {
  return html`<h2>Low-confidence extractions (${data.totalCount})</h2>
    ${
      data.edges.length === 0
        ? empty('Every current assessment was read with medium or high confidence.')
        : html`<div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>Landlord</th>
                  <th>Document</th>
                  <th class="num">Score</th>
                  <th>Why</th>
                </tr>
              </thead>
              <tbody>
                ${data.edges.map(
                  ({ node }) =>
                    html`<tr>
                      <td>
                        ${
                          node.landlordId
                            ? html`<a href=${href('landlord', node.landlordId)}
                                >${node.landlord ?? 'unnamed'}</a
                              >`
                            : (node.landlord ?? 'not matched')
                        }${node.period ? html` <span class="muted">${node.period}</span>` : ''}
                      </td>
                      <td>${node.source.source}</td>
                      <td class="num">
                        ${enumWords(node.confidence.level)} ${node.confidence.score.toFixed(2)}
                      </td>
                      <td>${node.confidence.reasons.join('; ')}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
    }`;
}
