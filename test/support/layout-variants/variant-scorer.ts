/** What the scorer needs of a truth row and of a predicted response. */
export interface ScoredTruth {
  provision: string;
  compliance: string;
  evidence?: string;
  commentary?: string;
  mergedInto?: string | null;
}
export interface ScoredPrediction {
  provision: string;
  compliance: string;
  evidence?: string;
  commentary?: string;
}

export interface VariantScore {
  recall: number;
  precision: number;
  compliance: number;
  textF1: number;
  missed: string[];
  spurious: string[];
  /** "1.2:no!=yes" for each matched row whose answer is wrong. */
  wrong: string[];
}

const tokens = (text: string | undefined) => (text ?? '').toLowerCase().match(/[a-z0-9]+/g) ?? [];
const joined = (r: { evidence?: string; commentary?: string }) =>
  [r.evidence, r.commentary].filter(Boolean).join(' ');

/** Token F1 of two texts, as ../shared/eval/score.mjs computes it. */
export function tokenF1(predicted: string, gold: string): number {
  const a = tokens(predicted);
  const b = tokens(gold);
  if (a.length === 0 && b.length === 0) {
    return 1;
  }
  const counts = new Map<string, number>();
  for (const t of b) {
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  let common = 0;
  for (const t of a) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      common++;
      counts.set(t, c - 1);
    }
  }
  if (common === 0) {
    return 0;
  }
  const p = common / a.length;
  const r = common / b.length;
  return (2 * p * r) / (p + r);
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

/**
 * One document's recall, precision, compliance accuracy and evidence+commentary token F1,
 * with score.mjs's definitions: the first prediction per provision counts, a merged truth
 * row is a bonus (scored for its answer when found, never missed), and compliance is over
 * every matched row.
 */
export function scoreResponses(
  truth: readonly ScoredTruth[],
  predicted: readonly ScoredPrediction[],
): VariantScore {
  const byId = new Map<string, ScoredPrediction>();
  for (const p of predicted) {
    if (p.provision && !byId.has(p.provision)) {
      byId.set(p.provision, p);
    }
  }
  const truthIds = new Set(truth.map((t) => t.provision));
  let gold = 0;
  let found = 0;
  let matched = 0;
  let complianceOk = 0;
  let f1Sum = 0;
  let f1N = 0;
  const missed: string[] = [];
  const wrong: string[] = [];
  for (const t of truth) {
    const optional = Boolean(t.mergedInto);
    const p = byId.get(t.provision);
    gold += optional ? 0 : 1;
    if (!p) {
      if (!optional) {
        missed.push(t.provision);
      }
      continue;
    }
    found += optional ? 0 : 1;
    matched++;
    if (p.compliance === t.compliance) {
      complianceOk++;
    } else {
      wrong.push(`${t.provision}:${p.compliance}!=${t.compliance}`);
    }
    if (!optional && (t.evidence !== undefined || t.commentary !== undefined)) {
      f1Sum += tokenF1(joined(p), joined(t));
      f1N++;
    }
  }
  const spurious = [...byId.keys()].filter((id) => !truthIds.has(id));
  return {
    recall: ratio(found, gold),
    precision: ratio(byId.size - spurious.length, byId.size),
    compliance: ratio(complianceOk, matched),
    textF1: ratio(f1Sum, f1N),
    missed,
    spurious,
    wrong,
  };
}
