import { html, render, type TemplateResult } from 'lit-html';
import { ApiError } from '../api';
import {
  confirmResponse,
  correctResponse,
  undoCorrections,
  type ResponseCorrection,
} from '../corrections';

const COMPLIANCE = ['YES', 'NO', 'PARTIAL', 'NOT_APPLICABLE', 'NOT_STATED'] as const;
const LABEL: Record<(typeof COMPLIANCE)[number], string> = {
  YES: 'Yes',
  NO: 'No',
  PARTIAL: 'Partly',
  NOT_APPLICABLE: 'Not applicable',
  NOT_STATED: 'Not stated',
};

interface Correctable {
  id: string;
  compliance: string;
  evidence: string;
  commentary: string;
}

const message = (error: unknown) =>
  error instanceof ApiError || error instanceof Error ? error.message : String(error);

/** Only what the analyst changed goes in the correction. */
function changes(form: HTMLFormElement, response: Correctable): ResponseCorrection {
  const value = (name: string) =>
    (form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement).value;
  const input: ResponseCorrection = {};
  if (value('compliance') !== response.compliance) {
    input.compliance = value('compliance');
  }
  if (value('evidence') !== response.evidence) {
    input.evidence = value('evidence');
  }
  if (value('commentary') !== response.commentary) {
    input.commentary = value('commentary');
  }
  return input;
}

/** Correct the values read (with a note saying why), or confirm that they look right. */
export function correctionForm(response: Correctable): TemplateResult {
  const say = (form: HTMLElement, text: TemplateResult | string) =>
    render(text, form.querySelector<HTMLElement>('.review-status')!);
  const submit = async (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const input = changes(form, response);
    const note = (form.elements.namedItem('note') as HTMLInputElement).value.trim();
    if (Object.keys(input).length === 0 || !note) {
      say(form, 'Change a value and say why in the note before saving.');
      return;
    }
    try {
      const corrections = await correctResponse(response.id, input, note);
      const undo = async () => {
        try {
          await undoCorrections(corrections);
          say(form, 'Correction undone.');
        } catch (error) {
          say(form, `Could not undo: ${message(error)}`);
        }
      };
      say(
        form,
        html`Corrected. <button type="button" class="secondary" @click=${undo}>Undo</button>`,
      );
    } catch (error) {
      say(form, `Could not save the correction: ${message(error)}`);
    }
  };
  const confirm = async (event: Event) => {
    const form = (event.currentTarget as HTMLElement).closest('form')!;
    try {
      const note = (form.elements.namedItem('note') as HTMLInputElement).value.trim();
      await confirmResponse(response.id, note.length >= 3 ? note : 'Checked against the source');
      say(form, 'Confirmed as read.');
    } catch (error) {
      say(form, `Could not confirm: ${message(error)}`);
    }
  };
  return html`<form class="review-form" @submit=${submit}>
    <label
      >Answer
      <select name="compliance">
        ${COMPLIANCE.map(
          (c) =>
            html`<option value=${c} ?selected=${c === response.compliance}>${LABEL[c]}</option>`,
        )}
      </select></label
    >
    <label>Evidence <textarea name="evidence" rows="4">${response.evidence}</textarea></label>
    <label>Commentary <textarea name="commentary" rows="3">${response.commentary}</textarea></label>
    <label>Why (kept with the correction) <input name="note" autocomplete="off" /></label>
    <p class="actions">
      <button type="submit">Save correction</button>
      <button type="button" class="secondary" @click=${confirm}>Looks right</button>
    </p>
    <p class="review-status" role="status" aria-live="polite"></p>
  </form>`;
}
