import type { Page } from 'playwright-core';

/** What the overview's scatter shows, read from the page, for the browser tests. */

export interface Point {
  landlord: { name: string };
  claim: number;
  yes: number;
  stated: number;
  evidenced: number;
  withText: number;
  value: number;
  period: string;
}

export interface Scatter {
  measure: string;
  points: Point[];
  medianClaim: number;
  medianValue: number;
}

export const SCATTER = `query($measure: String, $filter: SectorFilterInput, $tenure: Tenure, $claim: ScatterClaim) {
  outcomeScatter(measure: $measure, filter: $filter, tenure: $tenure, claim: $claim) {
    measure medianClaim medianValue
    points { landlord { name } claim yes stated evidenced withText value period }
  }
}`;

export /** A share as the page rounds it. */
const pct = (share: number) => `${Math.round(share * 100)}%`;

/** The table view's rows, cell by cell. */
export async function tableRows(page: Page): Promise<string[][]> {
  return page
    .locator('.outcome-scatter table.scatter-table tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.children, (cell) => (cell.textContent ?? '').trim())),
    );
}

interface Drawn {
  title: string;
  x: number;
  y: number;
}

/** The chart's points where they are drawn, each with the title it carries. */
async function drawnPoints(
  page: Page,
): Promise<{ points: Drawn[]; width: number; height: number }> {
  return page.locator('.outcome-scatter svg:has(g[aria-label="dot"])').evaluate((svg) => ({
    width: svg.clientWidth,
    height: svg.clientHeight,
    points: Array.from(svg.querySelectorAll('g[aria-label="dot"] > *'), (dot) => {
      const [, x, y] = /translate\(([-\d.]+),\s*([-\d.]+)\)/.exec(
        dot.getAttribute('transform') ?? '',
      ) ?? ['', 'NaN', 'NaN'];
      return { title: dot.querySelector('title')?.textContent ?? '', x: Number(x), y: Number(y) };
    }),
  }));
}

/** The chart's points as their titles say them, in name order. */
export async function pointTitles(page: Page): Promise<string[]> {
  return (await drawnPoints(page)).points.map((p) => p.title).sort();
}

/** Points drawn inside the chart, further right the higher the compliance, higher up the higher the figure. */
export async function expectPlaced(page: Page, points: Point[]): Promise<void> {
  const drawn = await drawnPoints(page);
  const at = (p: Point) => drawn.points.find((d) => d.title.startsWith(`${p.landlord.name}:`))!;
  for (const p of points) {
    expect(at(p).x).toBeGreaterThan(0);
    expect(at(p).x).toBeLessThan(drawn.width);
    expect(at(p).y).toBeGreaterThan(0);
    expect(at(p).y).toBeLessThan(drawn.height);
  }
  for (const p of points) {
    for (const q of points) {
      if (p.claim > q.claim) {
        expect(at(p).x).toBeGreaterThan(at(q).x);
      }
      if (p.value > q.value) {
        expect(at(p).y).toBeLessThan(at(q).y);
      }
    }
  }
}
