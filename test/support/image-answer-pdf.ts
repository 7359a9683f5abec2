/// <reference lib="dom" />
// The page script runs in the browser.
import type { Browser } from 'playwright-core';
import { formProvisionsOf } from '@ingest/code';
import type { GoldAssessment } from './gold';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A ruled self-assessment table printed by Chromium whose answer cells are pictures: each
 * answer is drawn on a canvas, so the PDF has the provisions, requirements, evidence and
 * commentary as text and the answers only as images — a layout no text reader can answer.
 */
export async function imageAnswerPdf(
  browser: Browser,
  landlord: string,
  gold: GoldAssessment,
): Promise<Buffer> {
  const requirements = new Map(formProvisionsOf('2024').map((p) => [p.id, p.summary]));
  const rows = gold.responses
    .map(
      (
        r,
      ) => `<tr><td>${escape(r.provision)}</td><td>${escape(requirements.get(r.provision) ?? '')}</td>
        <td><canvas width="90" height="24" data-answer="${escape(r.compliance === 'yes' ? 'Yes' : 'No')}"></canvas></td>
        <td>${escape(r.evidence)}</td><td>${escape(r.commentary)}</td></tr>`,
    )
    .join('\n');
  const page = await browser.newPage();
  try {
    await page.setContent(`<!doctype html><html><head><style>
        body { font: 10px sans-serif; }
        table { border-collapse: collapse; width: 100%; }
        td, th { border: 1px solid #000; padding: 3px; vertical-align: top; }
      </style></head><body>
      <h1>${escape(landlord)} – Complaint Handling Code self-assessment</h1>
      <table><thead><tr><th>Code provision</th><th>Code requirement</th><th>Comply: Yes / No</th>
      <th>Evidence</th><th>Commentary / explanation</th></tr></thead><tbody>${rows}</tbody></table>
      </body></html>`);
    await page.evaluate(() => {
      document.querySelectorAll('canvas').forEach((canvas) => {
        const context = canvas.getContext('2d')!;
        context.font = '16px sans-serif';
        context.fillText(canvas.dataset.answer ?? '', 4, 18);
      });
    });
    return await page.pdf({ format: 'A4', landscape: true, printBackground: true });
  } finally {
    await page.close();
  }
}
