import type { CodeEdition } from '@ingest/core';
import type { CodeProvision } from '@ingest/code';
import {
  compareProvisionIds,
  findProvision,
  formProvisionsOf,
  matchProvisions,
} from '@ingest/code';
import type { RowRecord } from './row-record';
import { joinParts } from './row-record';

export interface ResolvedRecord {
  id: string;
  record: RowRecord;
  /** The host record's id when this provision had no row of its own. */
  mergedInto?: string;
}

function requirementScore(record: RowRecord, edition: CodeEdition, id: string): number {
  const provision = findProvision(edition, id);
  if (!provision) {
    return 0;
  }
  return matchProvisions(joinParts(record.parts.requirement), [provision])[0]?.score ?? 0;
}

const SENTENCE_END = /(?<=[.;:])\s+(?=[A-Z•])/;
const MIN_MERGED_WORDS = 6;

/**
 * Whether a row's requirement text really carries a second provision's text after its own:
 * some run of its closing sentences fits the missing provision better than the row's own,
 * while the sentences before them still fit the row's own. A row whose text merely
 * resembles a neighbour's (pages that cover a few provisions) holds no merged provision.
 */
function holdsRequirementOf(
  text: string,
  hostId: string,
  missing: CodeProvision,
  edition: CodeEdition,
): boolean {
  const host = findProvision(edition, hostId);
  const sentences = text.split(SENTENCE_END);
  if (!host || sentences.length < 2) {
    return false;
  }
  const score = (part: string, provision: CodeProvision) =>
    matchProvisions(part, [provision])[0]?.score ?? 0;
  for (let k = 1; k < sentences.length; k++) {
    const head = sentences.slice(0, k).join(' ');
    const tail = sentences.slice(k).join(' ');
    if (tail.split(/\s+/).length < MIN_MERGED_WORDS) {
      continue;
    }
    const tailFit = score(tail, missing);
    if (
      tailFit >= 0.5 &&
      tailFit > score(tail, host) &&
      score(head, host) >= score(head, missing)
    ) {
      return true;
    }
  }
  return false;
}

/** Form provisions strictly between two ids that no record claims yet. */
function gapCandidates(
  edition: CodeEdition,
  after: string | undefined,
  before: string | undefined,
  used: Set<string>,
) {
  return formProvisionsOf(edition).filter(
    (p) =>
      !used.has(p.id) &&
      (after === undefined || compareProvisionIds(p.id, after) > 0) &&
      (before === undefined || compareProvisionIds(p.id, before) < 0),
  );
}

/**
 * Whether every form provision between the host row's and the missing one's is accounted
 * for: a lost row boundary folds a row into the one just before it, so a row cannot hold a
 * provision it would have had to skip others to reach (documents that cover a few
 * provisions leave long gaps).
 */
function followsHostDirectly(
  edition: CodeEdition,
  hostId: string,
  missingId: string,
  used: Set<string>,
): boolean {
  return gapCandidates(edition, hostId, missingId, used).length === 0;
}

/**
 * Settles every record's provision id: garbled or missing numbers from the gap they sit
 * in and their requirement text; duplicated numbers by which row's text fits the number;
 * and provisions with no row of their own found inside the row before them.
 */
export function resolveProvisions(
  records: readonly RowRecord[],
  edition: CodeEdition | null,
  warnings: string[],
): ResolvedRecord[] {
  if (edition === '2020' || edition === null) {
    let question = 0;
    return records.map((record) => ({ id: record.id ?? `Q${++question}`, record }));
  }
  const ids: (string | null)[] = records.map((r) => r.id);
  const used = new Set<string>();
  // Duplicates: the row whose requirement fits the number keeps it; the other is re-matched.
  const firstIndex = new Map<string, number>();
  ids.forEach((id, i) => {
    if (!id) {
      return;
    }
    const earlier = firstIndex.get(id);
    if (earlier === undefined) {
      firstIndex.set(id, i);
      return;
    }
    const loser =
      requirementScore(records[i]!, edition, id) > requirementScore(records[earlier]!, edition, id)
        ? earlier
        : i;
    if (loser === earlier) {
      firstIndex.set(id, i);
    }
    ids[loser] = null;
    warnings.push(
      `provision ${id} appears twice; the row whose requirement text fits it keeps the number`,
    );
  });
  for (const id of ids) {
    if (id) {
      used.add(id);
    }
  }
  ids.forEach((id, i) => {
    if (id) {
      return;
    }
    const before = ids
      .slice(0, i)
      .reverse()
      .find((x): x is string => Boolean(x));
    const after = ids.slice(i + 1).find((x): x is string => Boolean(x));
    const candidates = gapCandidates(edition, before, after, used);
    const requirement = joinParts(records[i]!.parts.requirement);
    const best =
      candidates.length === 1
        ? candidates[0]
        : matchProvisions(requirement, candidates)[0]?.provision;
    if (!best) {
      warnings.push(
        `a row after ${before ?? 'the start'} has no recognisable provision number ("${records[i]!.idText.slice(0, 40)}") and was left out`,
      );
      return;
    }
    ids[i] = best.id;
    used.add(best.id);
    warnings.push(
      `provision ${best.id} identified from its position and requirement text (number cell read "${records[i]!.idText.slice(0, 40)}")`,
    );
  });
  const resolved: ResolvedRecord[] = [];
  ids.forEach((id, i) => {
    if (id) {
      resolved.push({ id, record: records[i]! });
    }
  });
  const notFound: string[] = [];
  for (const missing of formProvisionsOf(edition)) {
    if (used.has(missing.id) || resolved.length === 0) {
      continue;
    }
    const hostIndex = resolved.findLastIndex((r) => compareProvisionIds(r.id, missing.id) < 0);
    const host = resolved[hostIndex];
    if (
      host &&
      followsHostDirectly(edition, host.id, missing.id, used) &&
      holdsRequirementOf(joinParts(host.record.parts.requirement), host.id, missing, edition)
    ) {
      resolved.splice(hostIndex + 1, 0, {
        id: missing.id,
        record: host.record,
        mergedInto: host.id,
      });
      used.add(missing.id);
      warnings.push(`${missing.id} merged into the row of ${host.id}; it takes that row's answer`);
    } else {
      notFound.push(missing.id);
    }
  }
  if (notFound.length > 0 && resolved.length > 0) {
    warnings.push(
      `${notFound.length} provisions of the ${edition} form not found: ${notFound.join(', ')}`,
    );
  }
  return resolved;
}
