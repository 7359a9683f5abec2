// @ts-check
// Runs in a worker thread with its own heap limit and a deadline, so a hostile or broken
// document can exhaust only this thread. pdfjs-dist is ESM-only, which is why this one
// adapter is a module: everything it returns is plain data for the pure TypeScript code.
import { Buffer } from 'node:buffer';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import mammoth from 'mammoth';

const require = createRequire(import.meta.url);
const STANDARD_FONTS =
  path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts') + path.sep;
const { OPS } = pdfjs;
const PATH_MOVE = 0;
const PATH_LINE = 1;
const PATH_CURVE = 2;
const PATH_QUADRATIC = 3;
const PATH_CLOSE = 4;
const STROKING = new Set([
  OPS.stroke,
  OPS.closeStroke,
  OPS.fillStroke,
  OPS.eoFillStroke,
  OPS.closeFillStroke,
  OPS.closeEOFillStroke,
]);
const FILLING = new Set([
  OPS.fill,
  OPS.eoFill,
  OPS.fillStroke,
  OPS.eoFillStroke,
  OPS.closeFillStroke,
  OPS.closeEOFillStroke,
]);

/** @typedef {import('./reader-messages.js').PdfShape} PdfShape */
/** @typedef {[number, number, number, number, number, number]} Matrix */

/** @param {Matrix} m @param {Matrix} n @returns {Matrix} */
function multiply(m, n) {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

/** @param {Matrix} m @param {number} x @param {number} y @returns {[number, number]} */
function apply(m, x, y) {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/**
 * Ruling lines and filled boxes of one page from its operator list, in viewport space.
 * @param {any} operatorList @param {Matrix} viewportTransform @returns {PdfShape[]}
 */
function pageShapes(operatorList, viewportTransform) {
  /** @type {PdfShape[]} */
  const shapes = [];
  /** @type {{ ctm: Matrix, fill: string | null }[]} */
  const stack = [];
  let state = { ctm: viewportTransform, fill: /** @type {string | null} */ ('#000000') };
  const { fnArray, argsArray } = operatorList;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i];
    if (fn === OPS.save) stack.push({ ...state });
    else if (fn === OPS.restore) state = stack.pop() ?? state;
    else if (fn === OPS.transform) state = { ...state, ctm: multiply(state.ctm, args) };
    else if (fn === OPS.setFillRGBColor) {
      state = { ...state, fill: typeof args[0] === 'string' ? args[0] : null };
    } else if (fn === OPS.constructPath) {
      const [paintOp, paths] = args;
      const stroked = STROKING.has(paintOp);
      const filled = FILLING.has(paintOp);
      if (!stroked && !filled) continue;
      const data = paths?.[0];
      if (!data) continue;
      /** @type {[number, number][]} */
      let points = [];
      const flush = () => {
        if (points.length >= 2) addPolygon(points, stroked, filled ? state.fill : null, shapes);
        points = [];
      };
      for (let k = 0; k < data.length;) {
        const code = data[k++];
        if (code === PATH_MOVE) {
          flush();
          points.push(apply(state.ctm, data[k], data[k + 1]));
          k += 2;
        } else if (code === PATH_LINE) {
          points.push(apply(state.ctm, data[k], data[k + 1]));
          k += 2;
        } else if (code === PATH_CURVE) {
          points.push(apply(state.ctm, data[k + 4], data[k + 5]));
          k += 6;
        } else if (code === PATH_QUADRATIC) {
          points.push(apply(state.ctm, data[k + 2], data[k + 3]));
          k += 4;
        } else if (code === PATH_CLOSE) {
          flush();
        } else break;
      }
      flush();
    }
  }
  return shapes;
}

/** @param {[number, number][]} points @param {boolean} stroked @param {string | null} fill @param {PdfShape[]} shapes */
function addPolygon(points, stroked, fill, shapes) {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const box = {
    x1: Math.min(...xs),
    y1: Math.min(...ys),
    x2: Math.max(...xs),
    y2: Math.max(...ys),
  };
  if (fill !== null) shapes.push({ ...box, fill, stroked: false });
  if (stroked) {
    for (let k = 1; k < points.length; k++) {
      const a = /** @type {[number, number]} */ (points[k - 1]);
      const b = /** @type {[number, number]} */ (points[k]);
      shapes.push({
        x1: Math.min(a[0], b[0]),
        y1: Math.min(a[1], b[1]),
        x2: Math.max(a[0], b[0]),
        y2: Math.max(a[1], b[1]),
        fill: null,
        stroked: true,
      });
    }
  }
}

/** @param {Uint8Array} bytes @param {number} maxPages */
async function readPdf(bytes, maxPages) {
  const task = pdfjs.getDocument({
    data: bytes,
    isEvalSupported: false,
    standardFontDataUrl: STANDARD_FONTS,
    verbosity: 0,
    disableFontFace: true,
    useSystemFonts: false,
  });
  try {
    const doc = await task.promise;
    const pages = [];
    const count = Math.min(doc.numPages, maxPages);
    for (let number = 1; number <= count; number++) {
      const page = await doc.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const transform = /** @type {Matrix} */ (viewport.transform);
      const content = await page.getTextContent();
      const items = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [x, y] = apply(transform, item.transform[4], item.transform[5]);
        const height = Math.hypot(item.transform[2], item.transform[3]) || item.height;
        items.push({ text: item.str, x, y, width: item.width, height });
      }
      const shapes = pageShapes(await page.getOperatorList(), transform);
      pages.push({ number, width: viewport.width, height: viewport.height, items, shapes });
      page.cleanup();
    }
    return { kind: 'pdf', pageCount: doc.numPages, pages };
  } catch (error) {
    const name = /** @type {{ name?: string }} */ (error)?.name ?? '';
    const message = error instanceof Error ? error.message : String(error);
    return {
      kind: 'failure',
      reason: name === 'PasswordException' ? 'encrypted' : 'corrupt',
      message,
    };
  } finally {
    await task.destroy();
  }
}

/** @param {Uint8Array} bytes */
async function readDocx(bytes) {
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    return { kind: 'docx', html: result.value, messages: result.messages.map((m) => m.message) };
  } catch (error) {
    return {
      kind: 'failure',
      reason: 'corrupt',
      message: error instanceof Error ? error.message : String(error),
    };
  }
}

/** @param {import('./reader-messages.js').ReaderTask} task */
export default async function readDocument(task) {
  return task.kind === 'pdf' ? readPdf(task.bytes, task.maxPages) : readDocx(task.bytes);
}
