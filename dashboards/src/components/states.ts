import { html, type TemplateResult } from 'lit-html';

export const loading = (what: string): TemplateResult =>
  html`<p class="state" role="status" aria-live="polite">Loading ${what}…</p>`;

export const empty = (message: string): TemplateResult => html`<p class="state">${message}</p>`;

export const failure = (error: unknown): TemplateResult =>
  html`<p class="state error" role="alert">
    Could not load this view: ${error instanceof Error ? error.message : String(error)}
  </p>`;
