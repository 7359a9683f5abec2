import { html, nothing, type TemplateResult } from 'lit-html';
import { unsafeHTML } from 'lit-html/directives/unsafe-html.js';
import { enumWords } from '../format';
import { pdfPage } from '../components/pdf-page';
import { href } from '../route';
import { correctionForm } from './review-correction-form';

export interface ReviewItem {
  id: string;
  kind: string;
  reason: string;
  priority: number;
  landlordName: string | null;
  assessment: {
    id: string;
    period: string | null;
    landlordNameInDocument: string | null;
    landlord: { id: string; name: string } | null;
  } | null;
  response: {
    id: string;
    provision: string;
    compliance: string;
    rawAnswer: string;
    requirement: string;
    evidence: string;
    commentary: string;
    page: number | null;
  } | null;
  source: {
    format: string;
    downloadPath: string;
    page: number | null;
    html: string | null;
    text: string | null;
  } | null;
}

/** The fields of a queue item the page shows. */
export const REVIEW_ITEM_FIELDS = `id kind reason priority landlordName
  assessment { id period landlordNameInDocument landlord { id name } }
  response { id provision compliance rawAnswer requirement evidence commentary page }
  source { format downloadPath page html text }`;

function sourceView(item: ReviewItem): TemplateResult {
  const source = item.source;
  const provision = item.response?.provision ?? '';
  if (!source) {
    return html`<p class="muted">No source document is stored for this row.</p>`;
  }
  switch (source.format) {
    case 'PDF':
      return source.page
        ? pdfPage(
            source.downloadPath,
            source.page,
            `Page ${source.page}, where ${provision} was read`,
          )
        : html`<p class="muted">The page of this row was not recorded.</p>`;
    case 'HTML':
      // Sanitised by the API (text formatting and table cells only); the page's Content
      // Security Policy would stop a script all the same.
      return source.html
        ? html`<div class="source-html" aria-label=${`The published row of ${provision}`}>
            ${unsafeHTML(source.html)}
          </div>`
        : html`<p class="muted">The row could not be found in the published page.</p>`;
    default:
      return source.text
        ? html`<pre class="source-text">${source.text}</pre>`
        : html`<p class="muted">The row could not be found in the document.</p>`;
  }
}

function values(response: NonNullable<ReviewItem['response']>): TemplateResult {
  return html`<dl class="review-values">
    <dt>Provision</dt>
    <dd>
      ${response.provision}${response.page ? html` <span class="muted">(page ${response.page})</span>` : nothing}
    </dd>
    <dt>Answer</dt>
    <dd>${enumWords(response.compliance)} <span class="muted">(“${response.rawAnswer}”)</span></dd>
    <dt>Evidence</dt>
    <dd>${response.evidence || html`<span class="muted">none</span>`}</dd>
    <dt>Commentary</dt>
    <dd>${response.commentary || html`<span class="muted">none</span>`}</dd>
  </dl>`;
}

function who(item: ReviewItem): TemplateResult | string {
  const landlord = item.assessment?.landlord;
  if (landlord) {
    return html`<a href=${href('landlord', landlord.id)}>${landlord.name}</a>`;
  }
  return item.assessment?.landlordNameInDocument ?? item.landlordName ?? 'No landlord matched';
}

/** One queue item: why, whose, and the source beside the values with the correction form. */
export function reviewItem(item: ReviewItem): TemplateResult {
  return html`<article class="review-item" data-kind=${item.kind}>
    <h2>
      <span class="tag">${enumWords(item.kind)}</span>
      ${who(item)}${item.assessment?.period ? html` <span class="muted">${item.assessment.period}</span>` : nothing}
    </h2>
    <p>${item.reason}</p>
    ${
      item.response
        ? html`<div class="review-pair">
            <section class="review-source" aria-label="Source">${sourceView(item)}</section>
            <section class="review-extracted" aria-label="Extracted values">
              ${values(item.response)} ${correctionForm(item.response)}
            </section>
          </div>`
        : nothing
    }
  </article>`;
}
