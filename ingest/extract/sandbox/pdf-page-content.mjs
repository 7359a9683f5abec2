// @ts-check
// One pass over a page's operator list gives both what we need from it: the text runs with
// their positions and the ruling lines and filled boxes. Reading text from the operator
// list, instead of calling getTextContent as well, halves the parsing work per page.
import { OPS } from './pdfjs.mjs';

/** @typedef {import('./reader-messages.js').PdfShape} PdfShape */
/** @typedef {import('./reader-messages.js').PdfTextItem} PdfTextItem */
/** @typedef {[number, number, number, number, number, number]} Matrix */
export {};

const IDENTITY = /** @type {Matrix} */ ([1, 0, 0, 1, 0, 0]);
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
/** A kerning gap this wide (in ems) inside one text run separates two pieces of text. */
const RUN_BREAK_EMS = 0.8;

/** @param {Matrix} m @param {Matrix} n @returns {Matrix} */
export function multiply(m, n) {
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
export function apply(m, x, y) {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/**
 * The graphics and text state the walk needs; saved and restored with q/Q.
 * @typedef {{ ctm: Matrix, fill: string | null, font: any, fontSize: number, fontDirection: number,
 *   fontMatrix: number[], charSpacing: number, wordSpacing: number, hScale: number,
 *   leading: number, rise: number, textMatrix: Matrix, x: number, y: number, lineX: number, lineY: number }} State
 */

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
  if (fill !== null) {
    shapes.push({ ...box, fill, stroked: false });
  }
  if (!stroked) {
    return;
  }
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

/** @param {State} state @param {any[]} args @param {PdfShape[]} shapes */
function constructPath(state, args, shapes) {
  const [paintOp, paths] = args;
  const stroked = STROKING.has(paintOp);
  const filled = FILLING.has(paintOp);
  const data = paths?.[0];
  if ((!stroked && !filled) || !data) {
    return;
  }
  /** @type {[number, number][]} */
  let points = [];
  const flush = () => {
    if (points.length >= 2) {
      addPolygon(points, stroked, filled ? state.fill : null, shapes);
    }
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
    } else {
      break;
    }
  }
  flush();
}

/**
 * Adds a run, joining it to the previous one when it carries on the same line: writers
 * that place every glyph on its own would otherwise give thousands of one-letter runs.
 * @param {PdfTextItem[]} items @param {PdfTextItem} run
 */
function appendRun(items, run) {
  const last = items[items.length - 1];
  if (
    last &&
    Math.abs(last.y - run.y) < 0.01 * run.height &&
    Math.abs(last.height - run.height) < 0.01 * run.height
  ) {
    const gap = run.x - (last.x + last.width);
    if (gap > -0.1 * run.height && gap < 0.3 * run.height) {
      last.text +=
        gap > 0.12 * run.height && !last.text.endsWith(' ') && !run.text.startsWith(' ')
          ? ` ${run.text}`
          : run.text;
      last.width = run.x + run.width - last.x;
      return;
    }
  }
  items.push(run);
}

/** Text runs of one showText, split where a wide kerning gap stands between pieces.
 * @param {State} state @param {any[]} glyphs @param {PdfTextItem[]} items */
function showText(state, glyphs, items) {
  const { fontSize, fontDirection, hScale } = state;
  const m = multiply(state.ctm, state.textMatrix);
  const height = fontSize * Math.hypot(m[2], m[3]);
  const advanceScale = fontSize * (state.fontMatrix[0] ?? 0.001);
  let x = 0;
  let text = '';
  let start = 0;
  const emit = () => {
    if (text.trim()) {
      const [x1, y1] = apply(m, state.x + start * hScale, state.y + state.rise);
      const [x2] = apply(m, state.x + x * hScale, state.y + state.rise);
      appendRun(items, { text, x: x1, y: y1, width: x2 - x1, height });
    }
    text = '';
  };
  for (const glyph of glyphs) {
    if (typeof glyph === 'number') {
      const gap = (-glyph * fontSize) / 1000;
      if (gap >= RUN_BREAK_EMS * fontSize) {
        emit();
      }
      x += gap;
      if (!text) {
        start = x;
      }
      continue;
    }
    if (!text) {
      start = x;
    }
    text += glyph.unicode ?? '';
    const spacing = (glyph.isSpace ? state.wordSpacing : 0) + state.charSpacing;
    x += (glyph.width ?? 0) * advanceScale + spacing * fontDirection;
  }
  emit();
  state.x += x * hScale;
}

/**
 * Text runs and shapes of one page, in viewport space (y measured down). Null when the
 * page uses a font the walk cannot measure, so the caller can fall back to getTextContent.
 * @param {{ fnArray: number[], argsArray: any[] }} operatorList
 * @param {Matrix} viewportTransform
 * @param {{ get(id: string): any }} commonObjs
 * @param {boolean} withText false to read shapes only (never null then)
 * @returns {{ items: PdfTextItem[], shapes: PdfShape[] } | null}
 */
export function pageContent(operatorList, viewportTransform, commonObjs, withText = true) {
  /** @type {PdfTextItem[]} */
  const items = [];
  /** @type {PdfShape[]} */
  const shapes = [];
  /** @type {State[]} */
  const stack = [];
  /** @type {State} */
  let state = {
    ctm: viewportTransform,
    fill: '#000000',
    font: null,
    fontSize: 0,
    fontDirection: 1,
    fontMatrix: [0.001],
    charSpacing: 0,
    wordSpacing: 0,
    hScale: 1,
    leading: 0,
    rise: 0,
    textMatrix: IDENTITY,
    x: 0,
    y: 0,
    lineX: 0,
    lineY: 0,
  };
  const moveText = (/** @type {number} */ tx, /** @type {number} */ ty) => {
    state.x = state.lineX += tx;
    state.y = state.lineY += ty;
  };
  const { fnArray, argsArray } = operatorList;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i];
    switch (fn) {
      case OPS.save:
      case OPS.paintFormXObjectBegin:
        stack.push({ ...state });
        if (fn === OPS.paintFormXObjectBegin && args?.[0]?.length === 6) {
          state.ctm = multiply(state.ctm, /** @type {Matrix} */ (args[0]));
        }
        break;
      case OPS.restore:
      case OPS.paintFormXObjectEnd:
        state = stack.pop() ?? state;
        break;
      case OPS.transform:
        state.ctm = multiply(state.ctm, args);
        break;
      case OPS.setFillRGBColor:
        state.fill = typeof args[0] === 'string' ? args[0] : null;
        break;
      case OPS.constructPath:
        constructPath(state, args, shapes);
        break;
      case OPS.beginText:
        state.textMatrix = IDENTITY;
        state.x = state.lineX = state.y = state.lineY = 0;
        break;
      case OPS.setTextMatrix:
        state.textMatrix = args[0]?.length === 6 ? args[0] : args;
        state.x = state.lineX = state.y = state.lineY = 0;
        break;
      case OPS.moveText:
        moveText(args[0], args[1]);
        break;
      case OPS.setLeadingMoveText:
        state.leading = args[1];
        moveText(args[0], args[1]);
        break;
      case OPS.nextLine:
        moveText(0, state.leading);
        break;
      case OPS.setLeading:
        state.leading = -args[0];
        break;
      case OPS.setCharSpacing:
        state.charSpacing = args[0];
        break;
      case OPS.setWordSpacing:
        state.wordSpacing = args[0];
        break;
      case OPS.setHScale:
        state.hScale = args[0] / 100;
        break;
      case OPS.setTextRise:
        state.rise = args[0];
        break;
      case OPS.setFont: {
        if (!withText) {
          break;
        }
        let font;
        try {
          font = commonObjs.get(args[0]);
        } catch {
          return null;
        }
        if (!font || font.isType3Font || font.vertical) {
          return null;
        }
        state.font = font;
        state.fontMatrix = font.fontMatrix ?? [0.001];
        state.fontDirection = args[1] < 0 ? -1 : 1;
        state.fontSize = Math.abs(args[1]);
        break;
      }
      case OPS.showText:
        if (!withText) {
          break;
        }
        if (!state.font) {
          return null;
        }
        showText(state, args[0], items);
        break;
      default:
        break;
    }
  }
  return { items, shapes };
}
