import { html, type TemplateResult } from 'lit-html';
import { KIND_LABELS } from '../filters';
import { percent } from '../format';
import { chartWidth, figure, loadPlot, PLOT_CLASS } from './plot-charts';
import { CLAIMS, measureName, type OutcomeScatter, type ScatterPoint } from './scatter-choices';

/** CH01 is a rate per 1,000 homes; every other measure offered is a percentage (0–100). */
const perHomes = (measure: string) => measure.startsWith('CH01');

export const measureUnit = (measure: string): string =>
  perHomes(measure) ? 'complaints per 1,000 homes' : '%';

/** A figure of the measure as people read it: "61%", "12.5 per 1,000 homes". */
export function measureValue(measure: string, value: number | null): string {
  if (value === null) {
    return '–';
  }
  const shown = String(Math.round(value * 10) / 10);
  return perHomes(measure) ? `${shown} per 1,000 homes` : `${shown}%`;
}

const kindLabel = (kind: string) => KIND_LABELS[kind] ?? kind;

/**
 * Each landlord's claim figure (declared compliance or evidence quality) against its latest
 * figure for the measure and tenure: a shape per kind of landlord (not only a colour), both
 * medians as labelled lines, and the same numbers as a table.
 */
export async function outcomeScatterChart(scatter: OutcomeScatter): Promise<TemplateResult> {
  const Plot = await loadPlot();
  const { measure, points } = scatter;
  const claim = CLAIMS[scatter.claim];
  const named = measureName(measure, scatter.tenure);
  const kinds = [...new Set(points.map((p) => kindLabel(p.landlord.kind)))];
  const mx = scatter.medianClaim;
  const my = scatter.medianValue;
  const chart = Plot.plot({
    className: PLOT_CLASS,
    ariaLabel: `${claim.label} against ${named}, one point per landlord`,
    width: chartWidth(),
    height: 380,
    marginTop: 28,
    marginRight: 24,
    x: {
      // Plot's percent option scales the shares (0–1) to 0–100 before the domain applies.
      domain: [0, 100],
      percent: true,
      grid: true,
      label: claim.axis,
    },
    y: {
      ...(perHomes(measure) ? { zero: true } : { domain: [0, 100] }),
      grid: true,
      label: `${named} (${measureUnit(measure)})`,
    },
    symbol: { legend: true, domain: kinds, range: ['circle', 'triangle', 'square', 'diamond'] },
    color: { domain: kinds, range: ['#0b4f91', '#b45309', '#047857', '#6b21a8'] },
    marks: [
      mx === null ? null : Plot.ruleX([mx], { stroke: '#52606d', strokeDasharray: '4,3' }),
      my === null ? null : Plot.ruleY([my], { stroke: '#52606d', strokeDasharray: '4,3' }),
      mx === null
        ? null
        : Plot.text([mx], {
            x: (d: number) => d,
            frameAnchor: 'top',
            dy: -14,
            text: () => `Median ${claim.short}: ${percent(mx)}`,
            fill: 'black',
          }),
      my === null
        ? null
        : Plot.text([my], {
            y: (d: number) => d,
            // On the left: most landlords declare high compliance, so the right is crowded.
            frameAnchor: 'left',
            textAnchor: 'start',
            dx: 4,
            dy: -8,
            text: () => `Median ${named}: ${measureValue(measure, my)}`,
            fill: 'black',
          }),
      Plot.dot(points, {
        x: 'claim',
        y: 'value',
        symbol: (p: ScatterPoint) => kindLabel(p.landlord.kind),
        stroke: (p: ScatterPoint) => kindLabel(p.landlord.kind),
        fill: (p: ScatterPoint) => kindLabel(p.landlord.kind),
        fillOpacity: 0.35,
        r: 6,
        title: (p: ScatterPoint) =>
          `${p.landlord.name}: ${percent(p.claim)} ${claim.short}, ${named} ${measureValue(measure, p.value)}`,
      }),
    ],
  });
  return figure(
    `${claim.label} (across) against ${named} (up), one point per landlord; shapes show the kind of landlord, dashed lines the medians`,
    chart,
    html`<table class="chart-table scatter-table">
      <thead>
        <tr>
          <th scope="col">Landlord</th>
          <th scope="col">Kind</th>
          <th scope="col" class="num">${claim.counts}</th>
          <th scope="col" class="num">${claim.label}</th>
          <th scope="col" class="num">${named}</th>
          <th scope="col">Year of the figure</th>
        </tr>
      </thead>
      <tbody>
        ${points.map(
          (p) =>
            html`<tr>
              <th scope="row">${p.landlord.name}</th>
              <td>${kindLabel(p.landlord.kind)}</td>
              <td class="num">${claim.countsOf(p)}</td>
              <td class="num">${percent(p.claim)}</td>
              <td class="num">${measureValue(measure, p.value)}</td>
              <td>${p.period}</td>
            </tr>`,
        )}
      </tbody>
    </table>`,
  );
}
