import type { CodeEdition } from '@ingest/core';
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
    const hostRequirement = host ? joinParts(host.record.parts.requirement) : '';
    const own = host ? requirementScore(host.record, edition, host.id) : 0;
    const merged = host ? (matchProvisions(hostRequirement, [missing])[0]?.score ?? 0) : 0;
    if (host && merged >= 0.5 && merged >= own * 0.6) {
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
