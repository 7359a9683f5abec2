import { completion, HEADER, period, tableRows, title } from './assessment-rows';
import { buildPdf, type PdfPageSpec, type PdfRule, type PdfTextLine } from './pdf-writer';
import type { SyntheticAssessment } from '../synthetic-sector';

const COLUMNS = [30, 70, 230, 280, 420, 565];
const LINE = 10;
const TOP = 40;
const BOTTOM = 800;
const SIZE = 7.5;

/** Wraps text to a column by a rough Helvetica width (0.5 em per character). */
function wrap(text: string, width: number): string[] {
  const perLine = Math.max(4, Math.floor((width - 6) / (SIZE * 0.5)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + word.length + 1 > perLine) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) {
    lines.push(line);
  }
  return lines.length > 0 ? lines : [''];
}

/** A PDF with a bordered table, the header repeated on every page, rows kept whole. */
export function renderPdf(assessment: SyntheticAssessment): Buffer {
  const pages: PdfPageSpec[] = [];
  let lines: PdfTextLine[] = [];
  let rules: PdfRule[] = [];
  let y = TOP;
  const addRow = (cells: string[]) => {
    const wrapped = cells.map((c, i) => wrap(c, COLUMNS[i + 1]! - COLUMNS[i]!));
    const height = Math.max(...wrapped.map((w) => w.length)) * LINE + 6;
    if (y + height > BOTTOM) {
      newPage();
    }
    rules.push(
      { x1: COLUMNS[0]!, y1: y, x2: COLUMNS[5]!, y2: y },
      { x1: COLUMNS[0]!, y1: y + height, x2: COLUMNS[5]!, y2: y + height },
    );
    for (const x of COLUMNS) {
      rules.push({ x1: x, y1: y, x2: x, y2: y + height });
    }
    wrapped.forEach((cellLines, c) =>
      cellLines.forEach((text, l) =>
        lines.push({ x: COLUMNS[c]! + 3, y: y + 9 + l * LINE, text, size: SIZE }),
      ),
    );
    y += height;
  };
  const newPage = () => {
    if (lines.length > 0) {
      pages.push({ lines, rules });
    }
    lines = [];
    rules = [];
    y = TOP;
    addRow(HEADER);
  };
  lines.push({ x: 30, y: 20, text: `${title(assessment)} (${period(assessment)})`, size: 11 });
  lines.push({ x: 30, y: 32, text: completion(assessment), size: 8 });
  y = TOP;
  addRow(HEADER);
  for (const row of tableRows(assessment)) {
    addRow(row);
  }
  pages.push({ lines, rules });
  return buildPdf(pages);
}
