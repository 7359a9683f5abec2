import type { Cell } from './sheet-table';

/** A published figure: a number, or null with the statistical marker that stood for it. */
export interface MeasureValue {
  value: number | null;
  /** `[X]`, `[Z]`, `[E]`, `[U]`… as published, where the cell held a marker. */
  marker: string | null;
}

const MARKER = /^\[\s*([a-z]{1,3})\s*\]$/i;
const DASHES = /^[-–—.]$|^n\/?a$/i;

/**
 * A cell as a figure: numbers as they are, `61%` and cells formatted as percentages (0.61)
 * on a 0–100 scale when `percent`, and so plain numbers too when the column holds
 * `fractions` (see `fractionColumn`); markers kept, blanks and dashes null. A string for
 * any other text, which is the reason the cell cannot be read.
 */
export function measureValue(
  cell: Cell | undefined,
  percent: boolean,
  fractions = false,
): MeasureValue | string {
  if (!cell || !cell.text) {
    return { value: null, marker: null };
  }
  const marker = MARKER.exec(cell.text);
  if (marker) {
    return { value: null, marker: `[${marker[1]!.toUpperCase()}]` };
  }
  if (DASHES.test(cell.text)) {
    return { value: null, marker: null };
  }
  const percentSign = /%\s*$/.test(cell.text);
  const number = cell.number ?? Number(cell.text.replace(/[,%\s]/g, ''));
  if (!Number.isFinite(number)) {
    return `"${cell.text.slice(0, 40)}" is not a number or a marker such as [X]`;
  }
  const value =
    percent && (cell.percentFormat || fractions) && !percentSign ? number * 100 : number;
  if (percent && (value < 0 || value > 100)) {
    return `${cell.text} is not a percentage between 0 and 100`;
  }
  if (value < 0) {
    return `${cell.text} is negative`;
  }
  return { value: Math.round(value * 1e6) / 1e6, marker: null };
}
