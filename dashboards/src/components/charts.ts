import { html, type TemplateResult } from 'lit-html';

/** A share as a horizontal bar with its number beside it (never colour alone). */
export function bars(
  rows: { label: string; value: number; total: number }[],
  caption: string,
): TemplateResult {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return html`<figure>
    <figcaption class="muted">${caption}</figcaption>
    <div class="bars">
      ${rows.map(
        (r) =>
          html`<div class="bar">
            <span>${r.label}</span>
            <span class="track" aria-hidden="true"
              ><span class="fill" style="display:block;width:${(r.value / max) * 100}%"></span
            ></span>
            <span class="num">${r.value}</span>
          </div>`,
      )}
    </div>
  </figure>`;
}

export interface AnswerSplit {
  yes: number;
  partial: number;
  no: number;
  notApplicable: number;
  notStated: number;
}

/** The share of stated answers (yes, partly, no) that are yes; null when none is stated. */
export function yesShare(split: AnswerSplit): number | null {
  const stated = split.yes + split.partial + split.no;
  return stated > 0 ? split.yes / stated : null;
}

/** Yes / partly / no / other as one stacked bar, with its words for screen readers. */
export function answerStack(split: AnswerSplit): TemplateResult {
  const total = split.yes + split.partial + split.no + split.notApplicable + split.notStated || 1;
  const other = split.notApplicable + split.notStated;
  const width = (n: number) => `width:${(n / total) * 100}%`;
  return html`<span
    class="stack"
    role="img"
    aria-label=${`Yes ${split.yes}, partly ${split.partial}, no ${split.no}, other ${other}`}
  >
    <span class="yes" style=${width(split.yes)}></span
    ><span class="partial" style=${width(split.partial)}></span
    ><span class="no" style=${width(split.no)}></span
    ><span class="other" style=${width(other)}></span>
  </span>`;
}
