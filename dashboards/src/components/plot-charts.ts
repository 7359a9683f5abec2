import { html, type TemplateResult } from 'lit-html';
import { count, percent } from '../format';

/** Observable Plot is loaded with the first chart, so views without one stay light. */
export const loadPlot = () => import('./plot-marks');

/** As wide as the page's content allows (a phone included), up to a readable line. */
export const chartWidth = () =>
  Math.max(300, Math.min(960, (document.getElementById('main')?.clientWidth ?? 672) - 32));

/** Plot's class on every chart, styled in styles.css instead of by the style elements it adds. */
export const PLOT_CLASS = 'chc-plot';

/**
 * Plot writes its base styles as <style> elements, which the Content Security Policy
 * (style-src 'self') refuses; the same rules live in styles.css under PLOT_CLASS.
 */
function withoutStyleElements<T extends Element>(chart: T): T {
  chart.querySelectorAll('style').forEach((style) => style.remove());
  return chart;
}

/** A chart with its caption and the same numbers as a table, for those who read rather than look. */
export function figure(caption: string, chart: Element, table: TemplateResult): TemplateResult {
  return html`<figure class="chart">
    <figcaption>${caption}</figcaption>
    ${withoutStyleElements(chart)}
    <details class="table-alternative">
      <summary>Show these figures as a table</summary>
      <div class="table-wrap">${table}</div>
    </details>
  </figure>`;
}

export interface SectionShare {
  section: number;
  title: string;
  answers: number;
  yes: number;
  yesShare: number | null;
  peerAnswers: number;
  peersYes: number;
  peersYesShare: number | null;
}

/** Section titles cut to fit the axis; the table gives them whole. */
const shorten = (title: string) => (title.length > 34 ? `${title.slice(0, 33)}…` : title);

const LANDLORD = 'This landlord';
const PEERS = 'Its peers';

/** Per section of the Code, the landlord's share of yes answers beside its peers': two shapes, not only two colours. */
export async function sectionsChart(sections: SectionShare[]): Promise<TemplateResult> {
  const Plot = await loadPlot();
  const label = (s: SectionShare) => `${s.section}. ${s.title}`;
  const points = sections.flatMap((s) => [
    { section: label(s), who: LANDLORD, share: s.yesShare },
    { section: label(s), who: PEERS, share: s.peersYesShare },
  ]);
  const chart = Plot.plot({
    className: PLOT_CLASS,
    ariaLabel: 'Share of yes answers per section: this landlord and its peers',
    width: chartWidth(),
    marginLeft: Math.min(230, chartWidth() * 0.4),
    height: 40 + sections.length * 34,
    x: { domain: [0, 100], percent: true, grid: true, label: 'Answers that are yes (%)' },
    y: { label: null, domain: sections.map(label), tickFormat: (t: string) => shorten(t) },
    symbol: { legend: true, domain: [LANDLORD, PEERS], range: ['circle', 'triangle'] },
    color: { domain: [LANDLORD, PEERS], range: ['#0b4f91', '#b45309'] },
    marks: [
      Plot.ruleY(sections, { y: label, x1: 'yesShare', x2: 'peersYesShare', stroke: '#9aa5b1' }),
      Plot.dot(
        points.filter((p) => p.share !== null),
        { x: 'share', y: 'section', symbol: 'who', fill: 'who', r: 6, tip: true },
      ),
    ],
  });
  return figure(
    'Share of answers that are “yes”, section by section: this landlord (circles) and its peers (triangles)',
    chart,
    html`<table class="chart-table">
      <thead>
        <tr>
          <th scope="col">Section</th>
          <th scope="col" class="num">This landlord: yes</th>
          <th scope="col" class="num">This landlord</th>
          <th scope="col" class="num">Peers: yes</th>
          <th scope="col" class="num">Peers</th>
        </tr>
      </thead>
      <tbody>
        ${sections.map(
          (s) =>
            html`<tr>
              <th scope="row">${label(s)}</th>
              <td class="num">${s.yes} of ${s.answers}</td>
              <td class="num">${percent(s.yesShare)}</td>
              <td class="num">${count(s.peersYes)} of ${count(s.peerAnswers)}</td>
              <td class="num">${percent(s.peersYesShare)}</td>
            </tr>`,
        )}
      </tbody>
    </table>`,
  );
}

export interface YearAnswers {
  group: string | null;
  assessments: number;
  yes: number;
  partial: number;
  no: number;
  notApplicable: number;
  notStated: number;
  total: number;
}

// Light fills so the black labels inside the bars read on each of them.
const ANSWERS = [
  { name: 'Yes', fill: '#9ecae1', of: (y: YearAnswers) => y.yes },
  { name: 'Partly', fill: '#fdd49e', of: (y: YearAnswers) => y.partial },
  { name: 'No', fill: '#f4a6a6', of: (y: YearAnswers) => y.no },
  { name: 'Other', fill: '#d9d9d9', of: (y: YearAnswers) => y.notApplicable + y.notStated },
];

const yearLabel = (y: YearAnswers) => y.group ?? 'Year not known';

/** The sector's answers year by year as stacked bars, each part labelled with its answer and share. */
export async function yearsChart(years: YearAnswers[]): Promise<TemplateResult> {
  const Plot = await loadPlot();
  const parts = years.flatMap((y) =>
    ANSWERS.map((a) => ({
      year: yearLabel(y),
      answer: a.name,
      n: a.of(y),
      share: y.total > 0 ? a.of(y) / y.total : 0,
    })),
  );
  const stack = {
    x: 'n',
    y: 'year',
    z: 'answer',
    offset: 'normalize' as const,
    order: ANSWERS.map((a) => a.name),
  };
  const chart = Plot.plot({
    className: PLOT_CLASS,
    ariaLabel: 'The sector’s answers year by year',
    width: chartWidth(),
    marginLeft: 110,
    height: 50 + years.length * 40,
    x: { percent: true, label: 'Share of answers (%)' },
    y: { label: null, domain: years.map(yearLabel) },
    color: { legend: true, domain: ANSWERS.map((a) => a.name), range: ANSWERS.map((a) => a.fill) },
    marks: [
      Plot.barX(parts, Plot.stackX({ ...stack, fill: 'answer', stroke: '#ffffff', tip: true })),
      Plot.text(
        parts,
        Plot.stackX({
          ...stack,
          text: (d: (typeof parts)[number]) =>
            d.share >= 0.1 ? `${d.answer} ${percent(d.share)}` : '',
          fill: 'black',
        }),
      ),
    ],
  });
  return figure(
    'The sector’s answers over the years (each landlord’s assessment for each year)',
    chart,
    html`<table class="chart-table">
      <thead>
        <tr>
          <th scope="col">Year</th>
          <th scope="col" class="num">Assessments</th>
          ${ANSWERS.map((a) => html`<th scope="col" class="num">${a.name}</th>`)}
          <th scope="col" class="num">Yes share</th>
        </tr>
      </thead>
      <tbody>
        ${years.map(
          (y) =>
            html`<tr>
              <th scope="row">${yearLabel(y)}</th>
              <td class="num">${count(y.assessments)}</td>
              ${ANSWERS.map((a) => html`<td class="num">${count(a.of(y))}</td>`)}
              <td class="num">${percent(y.total > 0 ? y.yes / y.total : null)}</td>
            </tr>`,
        )}
      </tbody>
    </table>`,
  );
}
