import { html, type TemplateResult } from 'lit-html';
import { ApiError, apiKey } from '../api';
import { go } from '../route';

/** Asks for an analyst's key, kept for this tab, then opens `view` again. */
export function keyForm(title: string, message: string, view: string): TemplateResult {
  const submit = (event: Event) => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem(
      'key',
    ) as HTMLInputElement;
    apiKey.set(input.value.trim() || null);
    go(view, null, { at: String(Date.now()) });
  };
  return html`<h1>${title}</h1>
    <p class="lede">${message}</p>
    <form class="filters" @submit=${submit}>
      <label>Analyst API key <input type="password" name="key" autocomplete="off" /></label
      ><button type="submit">Use key</button>
    </form>
    <p class="muted">
      Make one with <code>npx chc keys create --name you --role analyst</code>. It is kept in this
      tab only.
    </p>`;
}

/** True when the API refused the key: it is forgotten, and the form asked for again. */
export function refusedKey(error: unknown): boolean {
  const refused =
    error instanceof ApiError && (error.code === 'FORBIDDEN' || error.code === 'UNAUTHENTICATED');
  if (refused) {
    apiKey.set(null);
  }
  return refused;
}
