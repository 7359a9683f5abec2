import { html, type TemplateResult } from 'lit-html';

export const loading = (what: string): TemplateResult =>
  html`<p class="state" role="status" aria-live="polite">Loading ${what}…</p>`;

export const empty = (message: string): TemplateResult => html`<p class="state">${message}</p>`;

export const failure = (error: unknown): TemplateResult =>
  html`<p class="state error" role="alert">
    Could not load this view: ${error instanceof Error ? error.message : String(error)}
  </p>`;

/** A link that leads nowhere (damaged, or to something that is not there): say so, offer a way on. */
export const notFound = (
  message: string,
  onward = '#/',
  onwardText = 'the sector overview',
): TemplateResult =>
  html`<h1>Not found</h1>
    <p class="state error" role="alert">${message}</p>
    <p><a href=${onward}>Go to ${onwardText}</a>, or choose a view above.</p>`;
