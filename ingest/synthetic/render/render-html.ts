import { completion, HEADER, period, tableRows, title } from './assessment-rows';
import type { SyntheticAssessment } from '../synthetic-sector';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A web page with one table per Code section. */
export function renderHtml(assessment: SyntheticAssessment): string {
  const sections = new Map<string, string[][]>();
  for (const row of tableRows(assessment)) {
    const section = row[0]!.split('.')[0]!;
    sections.set(section, [...(sections.get(section) ?? []), row]);
  }
  const tables = [...sections].map(
    ([section, rows]) =>
      `<h2>Section ${section}</h2><table><thead><tr>${HEADER.map((h) => `<th>${escape(h)}</th>`).join('')}</tr></thead><tbody>${rows
        .map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`,
  );
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escape(title(assessment))}</title></head><body><h1>${escape(title(assessment))}</h1><p>Period: ${period(assessment)}</p><p>${completion(assessment)}</p>${tables.join('')}</body></html>`;
}
