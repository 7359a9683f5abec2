import type { DocumentSandbox } from '@ingest/extract';
import { extractDocument } from '@ingest/pipeline';
import type { GeneratedVariant } from './generate-variants';
import { WORDINGS } from './label-wordings';
import type { Layout } from './layout-axes';
import { scoreResponses, type VariantScore } from './variant-scorer';

export interface VariantResult {
  name: string;
  /** The axes that made the variant, in one line: where to look when it fails. */
  layout: string;
  score: VariantScore;
  /** The extraction's own JSON (the `chc extract --format json` contract). */
  extraction?: unknown;
  error?: string;
}

export type Thresholds = Pick<VariantScore, 'recall' | 'precision' | 'compliance' | 'textF1'>;
const METRICS = ['recall', 'precision', 'compliance', 'textF1'] as const;

/** Extracts one variant with the real pipeline and scores it against its truth. */
export async function extractAndScore(
  generated: GeneratedVariant,
  sandbox: DocumentSandbox,
): Promise<VariantResult> {
  const name = generated.variant.name;
  const layout = layoutSummary(generated.variant.layout);
  try {
    const result = await extractDocument(generated.fileName, generated.bytes, sandbox);
    return {
      name,
      layout,
      score: scoreResponses(generated.truth.responses, result.responses),
      extraction: result,
    };
  } catch (error) {
    const missed = generated.truth.responses.map((r) => r.provision);
    const empty = {
      recall: 0,
      precision: 0,
      compliance: 0,
      textF1: 0,
      missed,
      spurious: [],
      wrong: [],
    };
    return {
      name,
      layout,
      score: empty,
      error: error instanceof Error ? error.message : String(error),
    };
  }
}

/** The variant's axes in one line ("table, none, middle, answer-after-requirement, …"). */
function layoutSummary(layout: Layout): string {
  const answer = WORDINGS[layout.wording]!.answer;
  return [
    layout.structure,
    layout.borders,
    layout.verticalAlign,
    layout.columns,
    layout.answerStyle,
    `wording ${layout.wording} (${answer})`,
    layout.answerWords,
    layout.pageBreaks,
    layout.sectioning,
    layout.orientation,
    `${layout.font} ${layout.fontSizePt}pt`,
  ].join(', ');
}

/** "recall 0.450 < 0.98" for each metric under its threshold; empty when the variant passes. */
export function shortfalls(score: VariantScore, thresholds: Thresholds): string[] {
  return METRICS.filter((m) => score[m] < thresholds[m]).map(
    (m) => `${m} ${score[m].toFixed(3)} < ${thresholds[m]}`,
  );
}

/** A Markdown table of every variant's scores, the failing ones marked. */
export function scoreTable(results: readonly VariantResult[], thresholds: Thresholds): string {
  const lines = [
    '| variant | recall | precision | compliance | text_f1 | pass | notes | layout |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const { name, layout, score, error } of results) {
    const notes = [
      error ? `error: ${error}` : '',
      score.missed.length ? `missed ${score.missed.length}` : '',
      score.spurious.length ? `spurious ${score.spurious.length}` : '',
      score.wrong.length
        ? `wrong ${score.wrong.slice(0, 3).join(' ')}${score.wrong.length > 3 ? ' …' : ''}`
        : '',
    ].filter(Boolean);
    lines.push(
      `| ${name} | ${METRICS.map((m) => score[m].toFixed(3)).join(' | ')} | ${shortfalls(score, thresholds).length === 0 ? 'yes' : 'NO'} | ${notes.join('; ')} | ${layout} |`,
    );
  }
  const passed = results.filter((r) => shortfalls(r.score, thresholds).length === 0).length;
  lines.push('', `${passed}/${results.length} variants meet every threshold`);
  return lines.join('\n');
}
