import type { Layout } from './layout-axes';
import { labelledAnswer, WORDINGS } from './label-wordings';
import { labelPairs, sectionGroups } from './layout-parts';
import { escapeHtml } from './html-table';
import type { PrintedRow } from './printed-rows';

const title = (layout: Layout, row: PrintedRow) =>
  escapeHtml(
    layout.withRequirement ? `${row.provision} ${row.requirement}` : `Provision ${row.provision}`,
  );

/** "1.2 — Compliant: Yes. Evidence: … Commentary: …" */
function paragraph(layout: Layout, row: PrintedRow): string {
  const wording = WORDINGS[layout.wording]!;
  const parts = [
    row.answer ? labelledAnswer(layout.wording, row.answer) : '',
    row.evidence ? `${wording.evidence}: ${row.evidence}` : '',
    row.commentary ? `${wording.commentary}: ${row.commentary}` : '',
  ].filter(Boolean);
  return `<p><strong>${escapeHtml(row.provision)}</strong> — ${escapeHtml(parts.join(' '))}</p>`;
}

/** Labels on lines of their own, each followed by its value (left out where empty). */
function labelled(layout: Layout, row: PrintedRow): string {
  return labelPairs(layout, row)
    .map(
      ([label, value]) =>
        `<p><strong>${escapeHtml(label)}</strong></p>${value ? `<p>${escapeHtml(value)}</p>` : ''}`,
    )
    .join('');
}

function definitionList(layout: Layout, row: PrintedRow): string {
  return `<dl>${labelPairs(layout, row)
    .map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`)
    .join('')}</dl>`;
}

function block(layout: Layout, row: PrintedRow, index: number): string {
  switch (layout.structure) {
    case 'paragraphs':
      return paragraph(layout, row);
    case 'headings':
      return `<h3>${title(layout, row)}</h3>${labelled(layout, row)}`;
    case 'definition-list':
      return `<h3>${title(layout, row)}</h3>${definitionList(layout, row)}`;
    case 'accordion':
      // Two markups web teams use: native details, and the GOV.UK accordion component.
      return layout.wording % 2 === 0
        ? `<details><summary>${title(layout, row)}</summary>${definitionList(layout, row)}</details>`
        : `<div class="govuk-accordion__section"><div class="govuk-accordion__section-header"><h3 class="govuk-accordion__section-heading"><button type="button" class="govuk-accordion__section-button" aria-expanded="false" aria-controls="provision-${index}">${title(layout, row)}</button></h3></div><div id="provision-${index}" class="govuk-accordion__section-content">${labelled(layout, row)}</div></div>`;
    case 'table':
      throw new Error('a table layout has no blocks');
  }
}

/** The body of a layout without a table: one block per provision under section headings. */
export function blockBody(layout: Layout, rows: PrintedRow[]): string {
  let index = 0;
  const groups = layout.sectioning === 'one-table' ? [{ heading: '', rows }] : sectionGroups(rows);
  return groups
    .map(
      (group) =>
        (group.heading ? `<h2>${escapeHtml(group.heading)}</h2>` : '') +
        group.rows.map((row) => block(layout, row, index++)).join(''),
    )
    .join('');
}
