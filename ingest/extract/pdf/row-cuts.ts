/** A vertical extent on the page, y growing downwards. */
export interface Span {
  top: number;
  bottom: number;
}

type Alignment = 'top' | 'middle' | 'bottom';

const centre = (s: Span) => (s.top + s.bottom) / 2;

/** Horizontal strips with no text in any column, at least `minGap` tall. */
function whitespace(items: readonly Span[], minGap: number): Span[] {
  const sorted = [...items].sort((a, b) => a.top - b.top);
  const gaps: Span[] = [];
  let reach = -Infinity;
  for (const item of sorted) {
    if (reach > -Infinity && item.top - reach >= minGap) {
      gaps.push({ top: reach, bottom: item.top });
    }
    reach = Math.max(reach, item.bottom);
  }
  return gaps;
}

/** Items sorted into the rows that the cuts delimit, each by its centre. */
export function splitRows<T extends Span>(items: readonly T[], cuts: readonly number[]): T[][] {
  const rows: T[][] = Array.from({ length: cuts.length + 1 }, () => []);
  for (const item of items) {
    const c = centre(item);
    rows[cuts.filter((cut) => cut <= c).length]!.push(item);
  }
  return rows;
}

/** How far each anchored row's text sits from where the alignment puts its number. */
function misfit(rows: readonly Span[][], anchors: readonly Span[], alignment: Alignment): number {
  let total = 0;
  // With a cut above the first anchor, row 0 is the continuation of the page before.
  const offset = rows.length - anchors.length;
  anchors.forEach((anchor, i) => {
    const row = rows[i + offset] ?? [];
    if (row.length === 0) {
      return;
    }
    const top = Math.min(...row.map((s) => s.top));
    const bottom = Math.max(...row.map((s) => s.bottom));
    total +=
      alignment === 'top'
        ? Math.abs(top - anchor.top)
        : alignment === 'bottom'
          ? Math.abs(bottom - anchor.bottom)
          : Math.abs((top + bottom) / 2 - centre(anchor));
  });
  return total;
}

function cutsFor(
  items: readonly Span[],
  anchors: readonly Span[],
  gaps: readonly Span[],
  alignment: Alignment,
  before: Span | null,
): number[] {
  const cuts: number[] = before ? [centre(before)] : [];
  for (let i = 0; i + 1 < anchors.length; i++) {
    const upper = anchors[i]!;
    const lower = anchors[i + 1]!;
    const between = gaps.filter((g) => g.top >= upper.bottom - 1 && g.bottom <= lower.top + 1);
    if (between.length === 0) {
      cuts.push(alignment === 'bottom' ? upper.bottom : lower.top - 0.5);
      continue;
    }
    if (alignment === 'top') {
      cuts.push(centre(between[between.length - 1]!));
    } else if (alignment === 'bottom') {
      cuts.push(centre(between[0]!));
    } else {
      // The gap that leaves the row as far below its number as above it.
      const previousCut = cuts[cuts.length - 1] ?? -Infinity;
      const rowTop = Math.min(
        upper.top,
        ...items.filter((s) => centre(s) > previousCut).map((s) => s.top),
      );
      const above = centre(upper) - rowTop;
      const best = between.reduce((a, b) =>
        Math.abs(b.top - centre(upper) - above) < Math.abs(a.top - centre(upper) - above) ? b : a,
      );
      cuts.push(centre(best));
    }
  }
  return cuts;
}

/**
 * Where one table row ends and the next begins, for a table drawn without vertical rules.
 * Rows are anchored on their provision numbers. Horizontal rules or shaded stripes between
 * the numbers are the row boundaries when the table has them; otherwise the boundaries are
 * strips of white space, chosen by how the table aligns its cells (top, middle or bottom,
 * whichever places every row's text around its number best), so a cell whose text is
 * vertically centred, or starts above the number, joins the right row. A cut above the
 * first number separates text carried over from the page before.
 */
export function rowCuts(
  items: readonly Span[],
  anchors: readonly Span[],
  separators: readonly number[],
  lineHeight: number,
): number[] {
  if (anchors.length === 0) {
    return [];
  }
  const first = anchors[0]!;
  const pairs = anchors.length - 1;
  const ruled = anchors
    .slice(1)
    // A rule just above a row can sit a little below its text box's top (the box allows for
    // accents above capitals).
    .filter((lower, i) =>
      separators.some(
        (y) => y > anchors[i]!.bottom && y < lower.top + (lower.bottom - lower.top) * 0.4,
      ),
    ).length;
  if (separators.length > 0 && (pairs === 0 || ruled / pairs >= 0.6)) {
    return [...separators].sort((a, b) => a - b);
  }
  const gaps = whitespace(items, Math.max(2.5, lineHeight * 0.35));
  const aboveFirst = gaps.filter((g) => g.bottom <= first.top + 1);
  let best: { cuts: number[]; misfit: number } | null = null;
  for (const alignment of ['top', 'middle', 'bottom'] as const) {
    const candidates: (Span | null)[] =
      alignment === 'top' ? [aboveFirst[aboveFirst.length - 1] ?? null] : [null, ...aboveFirst];
    for (const before of candidates) {
      const cuts = cutsFor(items, anchors, gaps, alignment, before);
      const score = misfit(splitRows(items, cuts), anchors, alignment);
      // Ties go to the earlier alignment: top-aligned cells are the most common.
      if (!best || score < best.misfit - lineHeight * 0.25) {
        best = { cuts, misfit: score };
      }
    }
  }
  return best!.cuts;
}
