import { headerCellRole, headerRoles, readProvisionId, type ColumnRole } from '@ingest/core';
import type { PdfTextItem } from '../sandbox/reader-messages';
import { itemTop, itemsText, lineText, textLines } from './text-lines';

/** Where a table's columns lie across the page, and what each holds. */
export interface TableColumns {
  /** Left boundary of each column but the first, left to right. */
  boundaries: number[];
  roles: ColumnRole[];
  left: number;
  right: number;
}

export interface TableHeader {
  columns: TableColumns;
  /** Header text of each column, as parsing will read it. */
  texts: string[];
  top: number;
  /** Index of the first line after the header. */
  nextLine: number;
}

/** Labels wrap over a few lines at most; lines of labels centred in cells interleave. */
const MAX_HEADER_LINES = 8;
const MAX_HEADER_HEIGHT_LINES = 4;
const MAX_LABEL_WORDS = 7;
/** How many lines under a header are looked at to tell its columns apart. */
const BODY_LINES = 40;

/** Items of a header band grouped into columns: items that overlap horizontally share one. */
function columnGroups(items: readonly PdfTextItem[]): PdfTextItem[][] {
  const groups: { left: number; right: number; items: PdfTextItem[] }[] = [];
  for (const item of [...items].sort((a, b) => a.x - b.x)) {
    const last = groups[groups.length - 1];
    if (last && item.x <= last.right + item.height * 0.3) {
      last.items.push(item);
      last.right = Math.max(last.right, item.x + item.width);
    } else {
      groups.push({ left: item.x, right: item.x + item.width, items: [item] });
    }
  }
  return groups.map((g) => g.items);
}

/**
 * A header label as parsing will read it. A narrow column breaks words over lines
 * ("provisio" / "n"), so where the lines read as no label joined by spaces, every way of
 * closing up the line breaks is tried.
 */
function labelText(items: readonly PdfTextItem[]): string {
  const spaced = itemsText(items);
  // Closing up a line break joins two words at most, so text this long never becomes a label.
  if (spaced.split(/\s+/).length > MAX_LABEL_WORDS + MAX_HEADER_LINES) {
    return spaced;
  }
  const lines = textLines(items).map(lineText);
  if (lines.length < 2 || lines.length > 4 || headerCellRole(spaced)) {
    return spaced;
  }
  for (let mask = 1; mask < 2 ** (lines.length - 1); mask++) {
    const joined = lines.reduce((out, line, i) => out + (mask & (1 << (i - 1)) ? '' : ' ') + line);
    if (headerCellRole(joined)) {
      return joined;
    }
  }
  return spaced;
}

/**
 * Joins neighbouring label groups that the table's body text runs across: words of one
 * label set far apart ("What  the  Code  requires") are not separate columns, because a
 * column gutter is a strip that body lines stop short of (a section row that runs across
 * the table is outnumbered by the lines that stop).
 */
function mergeCrossedGroups(
  groups: readonly PdfTextItem[][],
  body: readonly PdfTextItem[],
): PdfTextItem[][] {
  const lefts = groups.map((group) => Math.min(...group.map((i) => i.x)));
  const merged: PdfTextItem[][] = [];
  groups.forEach((group, g) => {
    const last = merged[merged.length - 1];
    const left = lefts[g]!;
    // Body lines starting under the label before this one: do they stop short of this
    // label (a column of its own) or mostly run on under it (words of one label)?
    const starting = body.filter((i) => i.x >= (lefts[g - 1] ?? -Infinity) - 1 && i.x < left - 1);
    const crossing = starting.filter((i) => i.x + i.width > left + 1).length;
    if (last && crossing >= 2 && crossing > starting.length - crossing) {
      last.push(...group);
    } else {
      merged.push([...group]);
    }
  });
  return merged;
}

/** Column labels are short, and a table has three columns at least: anything else is a line
 * of text that happens to hold a word like "evidence". */
const MIN_COLUMNS = 3;

function headerFrom(
  labelGroups: readonly PdfTextItem[][],
  body: readonly PdfTextItem[],
): {
  texts: string[];
  roles: ColumnRole[];
  groups: PdfTextItem[][];
} | null {
  const groups = mergeCrossedGroups(labelGroups, body);
  if (groups.length < MIN_COLUMNS) {
    return null;
  }
  const texts: string[] = [];
  for (const group of groups) {
    const text = labelText(group);
    if (text.split(/\s+/).length > MAX_LABEL_WORDS) {
      return null;
    }
    texts.push(text);
  }
  const roles = headerRoles(texts);
  return roles ? { texts, roles, groups } : null;
}

/**
 * The boundary between two label groups: inside the strip between them, the stretch that
 * the fewest body lines cross (a gutter), nearest the right-hand label, since data may start
 * left of a centred label but never inside the neighbouring column's text.
 */
function gutter(from: number, to: number, body: readonly PdfTextItem[]): number {
  if (to <= from) {
    return to;
  }
  const cuts = [from, to, ...body.flatMap((i) => [i.x, i.x + i.width])]
    .filter((x) => x >= from && x <= to)
    .sort((a, b) => a - b);
  let best = { x: to, crossings: Infinity };
  for (let k = 1; k < cuts.length; k++) {
    const x = (cuts[k - 1]! + cuts[k]!) / 2;
    const crossings = body.filter((i) => i.x < x && i.x + i.width > x).length;
    if (crossings <= best.crossings) {
      best = { x, crossings };
    }
  }
  return best.x;
}

function boundariesOf(groups: readonly PdfTextItem[][], body: readonly PdfTextItem[]): number[] {
  const boundaries: number[] = [];
  for (let c = 1; c < groups.length; c++) {
    const right = Math.max(...groups[c - 1]!.map((i) => i.x + i.width));
    const left = Math.min(...groups[c]!.map((i) => i.x));
    boundaries.push(gutter(right, left, body));
  }
  return boundaries;
}

/**
 * Finds a table header that starts at line `start`: a few lines set close together
 * whose pieces, grouped into columns, read as column labels ("Ref", "Do we comply?",
 * "Evidence"…). The largest such band wins, so labels wrapped over lines are read whole.
 */
export function headerAt(lines: readonly PdfTextItem[][], start: number): TableHeader | null {
  const first = lines[start];
  if (!first || first.some((item) => readProvisionId(item.text))) {
    return null;
  }
  let best: TableHeader | null = null;
  for (let end = start; end < Math.min(lines.length, start + MAX_HEADER_LINES); end++) {
    const line = lines[end]!;
    if (end > start) {
      const previous = lines[end - 1]!;
      const pitch = line[0]!.y - previous[0]!.y;
      const height = line[0]!.y - first[0]!.y;
      if (
        pitch > line[0]!.height * 1.5 ||
        height > line[0]!.height * 1.2 * MAX_HEADER_HEIGHT_LINES ||
        line.some((item) => readProvisionId(item.text))
      ) {
        break;
      }
    }
    if (lineText(line).split(/\s+/).length > 24) {
      break;
    }
    const band = lines.slice(start, end + 1);
    const labelGroups = columnGroups(band.flat());
    // Joining groups only makes fewer: the body need not be read for a band with too few.
    if (labelGroups.length < MIN_COLUMNS) {
      continue;
    }
    const body = bodyUnder(lines, end + 1);
    const header = headerFrom(labelGroups, body);
    if (header && (!best || recognised(header.roles) >= recognised(best.columns.roles))) {
      const items = band.flat();
      best = {
        columns: {
          boundaries: boundariesOf(header.groups, body),
          roles: header.roles,
          left: Math.min(...items.map((i) => i.x)),
          right: Math.max(...items.map((i) => i.x + i.width)),
        },
        texts: header.texts,
        top: Math.min(...items.map(itemTop)),
        nextLine: end + 1,
      };
    }
  }
  return best;
}

const recognised = (roles: readonly ColumnRole[]) => roles.filter((r) => r !== 'other').length;

/** The body text under a header: the lines that follow it, up to a heading. */
function bodyUnder(lines: readonly PdfTextItem[][], from: number): PdfTextItem[] {
  const body: PdfTextItem[] = [];
  const size = lines[from]?.[0]?.height ?? 0;
  for (const line of lines.slice(from, from + BODY_LINES)) {
    if (line.some((item) => item.height > size * 1.15)) {
      break;
    }
    body.push(...line);
  }
  return body;
}

/** The column an item starting at x falls in. */
export function columnAt(columns: TableColumns, x: number): number {
  let column = 0;
  columns.boundaries.forEach((boundary, i) => {
    if (x >= boundary) {
      column = i + 1;
    }
  });
  return column;
}
