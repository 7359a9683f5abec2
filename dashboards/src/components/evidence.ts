import { html, nothing, type TemplateResult } from 'lit-html';

export interface EvidenceSentence {
  text: string;
  kind: string;
  reason: string | null;
}

/**
 * Evidence with each sentence that adds nothing marked, and why, so a reader can see what
 * the judgement rests on. Falls back to the plain text for analyses that kept no sentences.
 */
export function evidenceText(
  evidence: string,
  commentary: string,
  sentences: EvidenceSentence[],
): TemplateResult {
  if (sentences.length === 0) {
    return html`<p>${evidence || html`<span class="muted">No evidence given.</span>`}</p>
      ${commentary ? html`<p class="muted">${commentary}</p>` : nothing}`;
  }
  return html`<p>
      ${sentences.map((s) =>
        s.kind === 'substantive'
          ? html`<span>${s.text} </span>`
          : html`<span class="sentence-boilerplate" title=${s.reason ?? s.kind}
              >${s.text}<span class="visually-hidden">
                (standard wording: ${s.reason ?? s.kind})</span
              >
            </span>`,
      )}
    </p>
    ${
      sentences.some((s) => s.kind !== 'substantive')
        ? html`<ul class="reason">
            ${[...new Set(sentences.filter((s) => s.kind !== 'substantive').map((s) => s.reason ?? s.kind))].map((r) => html`<li>${r}</li>`)}
          </ul>`
        : nothing
    }`;
}
