import RULES from './claims-rules.json';

export type RuleThreshold =
  | { kind: 'below_quantile'; quantile: number }
  | { kind: 'above_quantile'; quantile: number }
  | { kind: 'at_least'; value: number };

/** A claim that an outcome measure can contradict: kept as data, versioned with the set. */
export interface ClaimsRule {
  id: string;
  /** Yes to each of these provisions (2024 ids), or to every provision of a section. */
  claim: { provisions: string[] } | { section: string };
  measure: string;
  tenure: string;
  threshold: RuleThreshold;
  /** Fewer landlords with the measure that year than this, and the sector says nothing. */
  minPeers: number;
  /** A rate over fewer cases than this (findings on the merits) is too small to judge, or to judge by. */
  minDenominator?: number;
}

export interface ClaimsRuleSet {
  version: string;
  rules: ClaimsRule[];
}

/** The rules chc-bench judges claims by (`claims-rules.json`). */
export const CLAIMS_RULES = RULES as ClaimsRuleSet;
