// @ts-check
// Runs in a worker thread with its own heap limit and a deadline, so a hostile or broken
// document can exhaust only this thread. pdfjs-dist is ESM-only, which is why this one
// adapter is a module: everything it returns is plain data for the pure TypeScript code.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument } from './pdfjs.mjs';
import { apply, pageContent } from './pdf-page-content.mjs';

/** @typedef {import('./pdf-page-content.mjs').Matrix} Matrix */

const require = createRequire(import.meta.url);
// Word, HTML and text are read by TypeScript modules, compiled beside this file in a build.
if (!existsSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'markup-reader.js'))) {
  await import('./typescript-sources.mjs');
}
/** @type {typeof import('./markup-reader.js')} */
const { readMarkup } = require('./markup-reader');
const STANDARD_FONTS =
  path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts') + path.sep;
/**
 * pdf.js's own text extraction, for pages whose fonts the operator walk cannot measure.
 * @param {any} page @param {Matrix} transform
 */
async function textContentItems(page, transform) {
  const content = await page.getTextContent();
  const items = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str.trim() === '') {
      continue;
    }
    const [x, y] = apply(transform, item.transform[4], item.transform[5]);
    const height = Math.hypot(item.transform[2], item.transform[3]) || item.height;
    items.push({ text: item.str, x, y, width: item.width, height });
  }
  return items;
}

/** @param {Uint8Array} bytes @param {number} maxPages */
async function readPdf(bytes, maxPages) {
  const task = getDocument({
    data: bytes,
    isEvalSupported: false,
    standardFontDataUrl: STANDARD_FONTS,
    verbosity: 0,
    disableFontFace: true,
    useSystemFonts: false,
    // Nothing here reads pictures: without this, every logo and scanned page is decoded
    // (JPEG and all) for the operator list and copied between pdf.js's two halves.
    maxImageSize: 0,
  });
  try {
    const doc = await task.promise;
    const pages = [];
    const count = Math.min(doc.numPages, maxPages);
    for (let number = 1; number <= count; number++) {
      const page = await doc.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const transform = /** @type {Matrix} */ (viewport.transform);
      const operatorList = await page.getOperatorList();
      const { items, shapes } = pageContent(operatorList, transform, page.commonObjs) ?? {
        items: await textContentItems(page, transform),
        shapes: pageContent(operatorList, transform, page.commonObjs, false)?.shapes ?? [],
      };
      pages.push({ number, width: viewport.width, height: viewport.height, items, shapes });
      page.cleanup();
    }
    return { kind: 'pdf', pageCount: doc.numPages, pages };
  } catch (error) {
    const name = /** @type {{ name?: string }} */ (error)?.name ?? '';
    const message = error instanceof Error ? error.message : String(error);
    return name === 'PasswordException'
      ? { kind: 'failure', code: 'encrypted', message: 'the PDF is encrypted (password protected)' }
      : { kind: 'failure', code: 'corrupt', message: `unreadable PDF: ${message}` };
  } finally {
    await task.destroy();
  }
}

/** @param {import('./reader-messages.js').ReaderTask} task */
export default async function readDocument(task) {
  return task.kind === 'pdf' ? readPdf(task.bytes, task.maxPages) : readMarkup(task);
}
