import { columnRoles, type ColumnRole, type Layout } from './layout-axes';
import { WORDINGS } from './label-wordings';
import { cellParagraphs, columnPercents, sectionGroups } from './layout-parts';
import type { PrintedRow } from './printed-rows';

export const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function cell(row: PrintedRow, role: ColumnRole): string {
  const paragraphs = cellParagraphs(row, role).filter((p) => p !== '');
  const classes = role === 'rag' && row.rag ? ` class="rag-${row.rag.toLowerCase()}"` : '';
  const body =
    paragraphs.length > 1
      ? paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')
      : escapeHtml(paragraphs[0] ?? '');
  return `<td${classes}>${body}</td>`;
}

function table(layout: Layout, rows: PrintedRow[], sectionRows: boolean): string {
  const roles = columnRoles(layout);
  const wording = WORDINGS[layout.wording]!;
  const cols = columnPercents(roles)
    .map((width) => `<col style="width:${width}%">`)
    .join('');
  const header = `<tr>${roles.map((r) => `<th>${escapeHtml(wording[r])}</th>`).join('')}</tr>`;
  const body: string[] = [];
  for (const group of sectionRows ? sectionGroups(rows) : [{ heading: '', rows }]) {
    if (group.heading) {
      body.push(
        `<tr class="section"><td colspan="${roles.length}">${escapeHtml(group.heading)}</td></tr>`,
      );
    }
    body.push(...group.rows.map((row) => `<tr>${roles.map((r) => cell(row, r)).join('')}</tr>`));
  }
  // A header row inside the body is printed once; a thead repeats on every page.
  return layout.pageBreaks === 'header-once'
    ? `<table><colgroup>${cols}</colgroup><tbody>${header}${body.join('')}</tbody></table>`
    : `<table><colgroup>${cols}</colgroup><thead>${header}</thead><tbody>${body.join('')}</tbody></table>`;
}

/** The body of a table layout: one table per section under headings, or one long table. */
export function tableBody(layout: Layout, rows: PrintedRow[]): string {
  if (layout.sectioning !== 'table-per-section') {
    return table(layout, rows, layout.sectioning === 'section-rows');
  }
  return sectionGroups(rows)
    .map((group) => `<h2>${escapeHtml(group.heading)}</h2>${table(layout, group.rows, false)}`)
    .join('');
}
