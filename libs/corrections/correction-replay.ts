import { Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { sameValue, type CorrectionKind } from './correction-kinds';
import { analyseCorrectedRows } from './corrected-analysis';
import { CorrectedValuesRepository } from './corrected-values.repository';
import { CorrectionLogRepository } from './correction-log.repository';

const logger = new Logger('Corrections');

/** What became of the corrections of the versions a new one replaced. */
export interface CarriedCorrections {
  carried: number;
  dropped: { id: string; reason: string }[];
}

const shown = (value: unknown): string => {
  if (value === null || value === undefined) {
    return 'nothing';
  }
  const text =
    typeof value === 'object'
      ? `“${(value as { compliance?: string }).compliance ?? ''}” with its text`
      : `“${typeof value === 'string' ? value : JSON.stringify(value)}”`;
  return text.length > 80 ? `${text.slice(0, 77)}…”` : text;
};

/**
 * Carries the corrections in force on replaced versions over to the new version of the
 * document, in the order they were made. Each one is compared with the new version's value
 * as the corrections before it left it: the same as the correction's old value, it is
 * applied again; already the corrected value, it is kept as it is; otherwise (the row is
 * gone, or the new version reads something else) it is dropped, with the reason recorded
 * and logged. Corrected rows are then judged again. Call inside the ingest's transaction.
 */
export async function carryCorrections(
  manager: EntityManager,
  replaced: readonly string[],
  assessmentId: string,
): Promise<CarriedCorrections> {
  const log = new CorrectionLogRepository(manager);
  const values = new CorrectedValuesRepository(manager);
  const touched = new Set<string>();
  const result: CarriedCorrections = { carried: 0, dropped: [] };
  for (const correction of await log.findActive(replaced)) {
    const { kind, provision } = correction;
    const now = await values.current(kind, assessmentId, provision);
    let reason: string | null = null;
    if (now === undefined) {
      reason = `the new version of the document has no row for provision ${provision}`;
    } else if (sameValue(kind, now.value, correction.newValue)) {
      await log.moveTo(correction.id, assessmentId, now.responseId);
    } else if (sameValue(kind, now.value, correction.oldValue)) {
      const responseId = await values.write(kind, assessmentId, provision, correction.newValue);
      await log.moveTo(correction.id, assessmentId, responseId);
      if (responseId) {
        touched.add(responseId);
      }
    } else {
      const what = provision ? `provision ${provision}’s ${kind}` : `the ${kind}`;
      reason = `the new version of the document reads ${what} as ${shown(now.value)}, not ${shown(correction.oldValue)} as when it was corrected`;
    }
    if (reason) {
      await log.markDropped(correction.id, reason);
      logger.warn(`correction ${correction.id} dropped: ${reason}`);
      result.dropped.push({ id: correction.id, reason });
    } else {
      result.carried++;
    }
  }
  await analyseCorrectedRows(manager, assessmentId, [...touched]);
  return result;
}

/**
 * Writes the corrections in force of some kinds again, oldest first, after a pass that
 * rewrote those values from the document (the period's dates and year read again).
 * Call inside the same transaction as the rewrite.
 */
export async function reapplyCorrections(
  manager: EntityManager,
  assessmentIds: readonly string[],
  kinds: readonly CorrectionKind[],
): Promise<number> {
  const values = new CorrectedValuesRepository(manager);
  const active = (await new CorrectionLogRepository(manager).findActive(assessmentIds)).filter(
    (c) => kinds.includes(c.kind),
  );
  for (const c of active) {
    await values.write(c.kind, c.assessmentId, c.provision, c.newValue);
  }
  return active.length;
}
