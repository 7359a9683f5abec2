/* Renders a planned benchmark document with the layout-variant writers: Chromium prints the
   PDFs (its own embedded font subsets, and the raster pictures), the docx package writes
   Word files, web pages and text are written directly. Broken ones are damaged copies. */
import { buildPdf, renderDocument, type SyntheticAssessment } from '@ingest/synthetic';
import { pseudoRandom } from '../../../test/support/bad-documents';
import type { ChromiumPrinter } from '../../../test/support/layout-variants/chromium-pdf';
import { writeDocx } from '../../../test/support/layout-variants/docx-writer';
import { writeHtml } from '../../../test/support/layout-variants/html-writer';
import { contentOf } from '../../../test/support/layout-variants/layout-content';
import { printedRows } from '../../../test/support/layout-variants/printed-rows';
import type { PlannedDocument } from './document-plan';
import { lengthenedAssessment } from './document-text';
import { pagePictures } from './page-pictures';

const extensionOf = (plan: PlannedDocument) =>
  plan.family.startsWith('docx') || plan.broken === 'truncated Word file'
    ? 'docx'
    : plan.family.startsWith('html')
      ? 'html'
      : plan.family === 'text'
        ? 'txt'
        : 'pdf';

/** The name a planned document is ingested under. */
export const documentName = (plan: PlannedDocument) =>
  `bench/${String(plan.index).padStart(5, '0')}-${plan.family}.${extensionOf(plan)}`;

/** A cut that leaves between a third and two thirds of the file, from the document's seed. */
const cut = (bytes: Buffer, index: number) =>
  bytes.subarray(0, Math.floor(bytes.length * (0.34 + ((index * 7919) % 33) / 100)));

async function damaged(
  plan: PlannedDocument,
  print: () => Promise<Buffer>,
  word: () => Promise<Buffer>,
): Promise<Buffer> {
  switch (plan.broken) {
    case 'truncated PDF':
      return cut(await print(), plan.index);
    case 'truncated Word file':
      return cut(await word(), plan.index);
    case 'encrypted PDF':
      return buildPdf([{ lines: [{ x: 40, y: 60, text: `1.1 Definition ${plan.index} Yes` }] }], {
        encrypt: true,
      });
    case 'not a PDF':
      return pseudoRandom(40_000 + plan.index, 0x2545f491 + plan.index);
    case 'PDF header only':
    case null:
      return Buffer.from(`%PDF-1.7\n%${plan.index}\n`);
  }
}

/** One planned document of `assessment`, sized and laid out as planned. */
export async function renderBenchDocument(
  plan: PlannedDocument,
  original: SyntheticAssessment,
  printer: () => Promise<ChromiumPrinter>,
): Promise<Buffer> {
  const seed = plan.index + 1;
  const assessment = lengthenedAssessment(
    original,
    plan.targetPages - (plan.signaturePage ? 1 : 0),
    plan.layout.fontSizePt,
    seed,
  );
  const content = contentOf(assessment, `bench:${plan.index}`);
  const rows = printedRows(content, plan.layout, seed);
  const print = async () =>
    (await printer()).print(writeHtml(content, plan.layout, rows, pagePictures(plan, seed)));
  const word = () => writeDocx(content, plan.layout, rows);
  if (plan.broken) {
    return damaged(plan, print, word);
  }
  if (plan.family.startsWith('pdf')) {
    return print();
  }
  if (plan.family.startsWith('docx')) {
    return word();
  }
  if (plan.family.startsWith('html')) {
    return Buffer.from(writeHtml(content, plan.layout, rows));
  }
  return renderDocument(assessment, 'text');
}
