import { enumWords, percent } from '../format';
import { html, type TemplateResult } from 'lit-html';
import { empty } from '../components/states';

export interface AgreementData {
  reviewedResponses: number;
  correctedResponses: number;
  correctedShare: number | null;
  reviewedAssessments: number;
  byKind: { kind: string; corrected: number; reviewed: number; share: number | null }[];
}

/** The operations query's part for agreement, inside `operationsStatus`. */
export const AGREEMENT_FIELDS = `agreement { reviewedResponses correctedResponses correctedShare reviewedAssessments byKind { kind corrected reviewed share } }`;

/**
 * How often what was read needed correcting: of the responses analysts confirmed or
 * corrected (and, for landlord, period and year, the assessments), the share corrected.
 */
export function agreementSection(data: AgreementData): TemplateResult {
  return html`<h2>Agreement with analysts</h2>
    ${
      data.reviewedResponses === 0 && data.reviewedAssessments === 0
        ? empty('No response has been confirmed or corrected yet.')
        : html`<p>
              ${percent(data.correctedShare)} of the ${data.reviewedResponses} responses analysts
              reviewed needed a correction (${data.correctedResponses}), over
              ${data.reviewedAssessments} assessments.
            </p>
            <div class="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th>Correction</th>
                    <th class="num">Corrected</th>
                    <th class="num">Reviewed</th>
                    <th class="num">Share</th>
                  </tr>
                </thead>
                <tbody>
                  ${data.byKind.map(
                    (k) =>
                      html`<tr>
                        <td>${enumWords(k.kind)}</td>
                        <td class="num">${k.corrected}</td>
                        <td class="num">${k.reviewed}</td>
                        <td class="num">${percent(k.share)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
    }`;
}
