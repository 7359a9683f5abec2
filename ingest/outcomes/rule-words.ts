import type { ClaimsRule } from './claims-rules';

const UNITS: [RegExp, (v: string) => string][] = [
  [/^(CH02|TP09|HOS maladministration rate)/, (v) => `${v}%`],
  [/^CH01/, (v) => `${v} per 1,000 homes`],
];

/** A figure with its unit: "61%", "4.2 per 1,000 homes", "2". */
export function valueInWords(measure: string, value: number): string {
  const text = String(Math.round(value * 10) / 10);
  return UNITS.find(([pattern]) => pattern.test(measure))?.[1](text) ?? text;
}

function ordinal(quantile: number): string {
  const percent = Math.round(quantile * 100);
  const named: Record<number, string> = {
    25: 'lower quartile',
    50: 'median',
    75: 'upper quartile',
  };
  return named[percent] ?? `${percent}th percentile`;
}

/** The rule in plain words, for the flag and the data dictionary. */
export function ruleInWords(rule: ClaimsRule, provisions: readonly string[]): string {
  const claim =
    'section' in rule.claim
      ? `a Yes to every provision in section ${rule.claim.section}`
      : `a Yes to ${provisions.join(' and ')}`;
  const threshold = rule.threshold;
  const line =
    threshold.kind === 'at_least'
      ? `is ${valueInWords(rule.measure, threshold.value)} or more`
      : `is ${threshold.kind === 'below_quantile' ? 'below' : 'above'} the sector's ${ordinal(threshold.quantile)} for that year (at least ${rule.minPeers} landlords)`;
  const small = rule.minDenominator
    ? ` Rates over fewer than ${rule.minDenominator} cases are left out.`
    : '';
  return `Flag ${claim} when the landlord's latest ${rule.measure} (${rule.tenure}) ${line}.${small}`;
}
