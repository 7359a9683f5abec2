import { findProvision, formProvisionsOf } from '@ingest/code';
import type { ClaimsRule, ClaimsRuleSet } from './claims-rules';
import { financialYearLabel } from './financial-year';
import { quantile } from './quantile';
import { ruleInWords, valueInWords } from './rule-words';

/** What a landlord's current self-assessment answers Yes to. */
export interface LandlordClaims {
  landlordId: string;
  assessmentId: string;
  /** 2024 provision ids answered Yes. */
  yes: ReadonlySet<string>;
}

/** One landlord's published figure. */
export interface OutcomeFigure {
  landlordId: string;
  measure: string;
  tenure: string;
  year: number;
  value: number;
  denominator: number | null;
}

export interface ClaimsFlag {
  landlordId: string;
  assessmentId: string;
  ruleId: string;
  rulesVersion: string;
  provision: string;
  measure: string;
  tenure: string;
  year: number;
  value: number;
  peerMedian: number | null;
  peerCount: number;
  rule: string;
  text: string;
}

function claimedProvisions(rule: ClaimsRule): string[] {
  return 'provisions' in rule.claim
    ? rule.claim.provisions
    : formProvisionsOf('2024')
        .filter((p) => String(p.section) === (rule.claim as { section: string }).section)
        .map((p) => p.id);
}

function claimInWords(rule: ClaimsRule, provisions: string[]): string {
  if ('section' in rule.claim) {
    return `Yes to every provision in section ${rule.claim.section}`;
  }
  return `Yes to ${provisions
    .map((id) => `${id} (${findProvision('2024', id)?.summary.replace(/\.$/, '') ?? id})`)
    .join(', ')}`;
}

/** Whether a figure crosses the rule's line, and the line, given the year's figures. */
function crosses(rule: ClaimsRule, value: number, peers: number[]): number | null {
  const threshold = rule.threshold;
  switch (threshold.kind) {
    case 'at_least':
      return value >= threshold.value ? threshold.value : null;
    case 'below_quantile': {
      const line = quantile(peers, threshold.quantile)!;
      return value < line ? line : null;
    }
    case 'above_quantile': {
      const line = quantile(peers, threshold.quantile)!;
      return value > line ? line : null;
    }
  }
}

/**
 * The claims its outcomes put in doubt, landlord by landlord: for each rule, a landlord
 * that answers Yes to the rule's provisions is judged on its latest year of the rule's
 * measure, against every landlord's figure for that measure, tenure and year (the
 * sector), and flagged when it crosses the rule's line. A year with fewer figures than the
 * rule's `minPeers` is not judged.
 */
export function judgeClaims(
  claims: readonly LandlordClaims[],
  figures: readonly OutcomeFigure[],
  rules: ClaimsRuleSet,
): ClaimsFlag[] {
  const flags: ClaimsFlag[] = [];
  for (const rule of rules.rules) {
    const relevant = figures.filter(
      (f) =>
        f.measure === rule.measure &&
        f.tenure === rule.tenure &&
        (f.denominator ?? Infinity) >= (rule.minDenominator ?? 0),
    );
    const provisions = claimedProvisions(rule);
    for (const claim of claims) {
      if (!provisions.every((p) => claim.yes.has(p))) {
        continue;
      }
      const own = relevant
        .filter((f) => f.landlordId === claim.landlordId)
        .sort((a, b) => b.year - a.year)[0];
      const peers = own ? relevant.filter((f) => f.year === own.year).map((f) => f.value) : [];
      if (!own || peers.length < rule.minPeers) {
        continue;
      }
      const line = crosses(rule, own.value, peers);
      if (line === null) {
        continue;
      }
      // An absolute line (any order at all) has no sector to compare with.
      const median = rule.threshold.kind === 'at_least' ? null : quantile(peers, 0.5);
      const year = financialYearLabel(own.year);
      const sector =
        median === null
          ? `the line is ${valueInWords(rule.measure, line)}`
          : `sector median ${valueInWords(rule.measure, median)}, ${peers.length} landlords`;
      flags.push({
        landlordId: claim.landlordId,
        assessmentId: claim.assessmentId,
        ruleId: rule.id,
        rulesVersion: rules.version,
        provision: provisions[0]!,
        measure: rule.measure,
        tenure: rule.tenure,
        year: own.year,
        value: own.value,
        peerMedian: median,
        peerCount: peers.length,
        rule: ruleInWords(rule, provisions),
        text: `${claimInWords(rule, provisions)} while ${rule.measure} is ${valueInWords(rule.measure, own.value)} in ${year} (${sector})`,
      });
    }
  }
  return flags;
}
