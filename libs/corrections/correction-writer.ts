import { NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Caller } from '../access/caller';
import type { AssessmentEntity } from '../assessments/entities/assessment.entity';
import type { ResponseEntity } from '../assessments/entities/response.entity';
import { sameValue, type CorrectionKind } from './correction-kinds';
import { analyseCorrectedRows } from './corrected-analysis';
import { CorrectedValuesRepository } from './corrected-values.repository';
import { CorrectionLogRepository } from './correction-log.repository';
import { CorrectionError, CorrectionErrorCode } from './corrections.errors';
import type { CorrectionEntity } from './entities/correction.entity';

/** One value to set: of an assessment, or of one of its provisions. */
export interface Change {
  assessmentId: string;
  provision: string | null;
  kind: CorrectionKind;
  value: unknown;
}

/**
 * Makes and undoes corrections inside one transaction: each is logged with the value
 * before it, written into the rows, and the rows it changed are judged again.
 */
export class CorrectionWriter {
  private readonly log: CorrectionLogRepository;
  private readonly values: CorrectedValuesRepository;

  constructor(private readonly manager: EntityManager) {
    this.log = new CorrectionLogRepository(manager);
    this.values = new CorrectedValuesRepository(manager);
  }

  /** The response, of a current assessment; NOT_FOUND or refused otherwise. */
  async response(id: string): Promise<ResponseEntity> {
    const response = await this.values.findResponse(id);
    if (!response) {
      throw new NotFoundException(`no response has the id ${id}`);
    }
    await this.assessment(response.assessmentId);
    return response;
  }

  /** The assessment, if it is the current version (older ones are not counted anywhere). */
  async assessment(id: string): Promise<AssessmentEntity> {
    const assessment = await this.values.findAssessment(id);
    if (!assessment) {
      throw new NotFoundException(`no assessment has the id ${id}`);
    }
    if (assessment.supersededById) {
      throw new CorrectionError(
        CorrectionErrorCode.SupersededVersion,
        `assessment ${id} was replaced by a newer version (${assessment.supersededById}): correct that one`,
      );
    }
    return assessment;
  }

  /** Logs and writes the changes that differ from what is stored; refused when none does. */
  async apply(
    changes: readonly Change[],
    note: string,
    caller: Caller,
  ): Promise<CorrectionEntity[]> {
    const made: CorrectionEntity[] = [];
    const touched = new Map<string, Set<string>>();
    for (const change of changes) {
      const { assessmentId, provision, kind, value } = change;
      const now = await this.values.current(kind, assessmentId, provision);
      if (now === undefined) {
        throw new NotFoundException(`assessment ${assessmentId} has no provision ${provision}`);
      }
      if (kind !== 'confirmed' && sameValue(kind, now.value, value)) {
        continue;
      }
      const responseId = await this.values.write(kind, assessmentId, provision, value);
      made.push(
        await this.log.record({
          assessmentId,
          responseId: responseId ?? now.responseId,
          provision,
          kind,
          oldValue: now.value,
          newValue: value,
          note: note.trim(),
          correctedBy: caller.name,
          correctedByKey: caller.keyId,
          correctedByRole: caller.role,
        }),
      );
      if (responseId && kind !== 'confirmed') {
        touched.set(assessmentId, (touched.get(assessmentId) ?? new Set()).add(responseId));
      }
    }
    if (made.length === 0) {
      throw new CorrectionError(
        CorrectionErrorCode.NothingToCorrect,
        'nothing to correct: every value given is the one already stored',
      );
    }
    for (const [assessmentId, responseIds] of touched) {
      await analyseCorrectedRows(this.manager, assessmentId, [...responseIds]);
    }
    return made;
  }

  /**
   * Restores the value before a correction. Refused when later corrections in force build
   * on it (undo those first), so the value restored is always the one it replaced.
   */
  async undo(id: string, by: string): Promise<CorrectionEntity> {
    const correction = await this.log.findById(id);
    if (!correction) {
      throw new NotFoundException(`no correction has the id ${id}`);
    }
    if (correction.undoneAt || correction.droppedAt) {
      throw new CorrectionError(
        CorrectionErrorCode.NotInForce,
        `correction ${id} is ${correction.undoneAt ? 'undone' : 'dropped'} already`,
      );
    }
    const later = await this.log.findLaterDependents(correction);
    if (later.length > 0) {
      throw new CorrectionError(
        CorrectionErrorCode.LaterCorrections,
        `correction ${id} was corrected again later (${later.map((c) => c.id).join(', ')}): undo ${later.length > 1 ? 'those' : 'that'} first`,
      );
    }
    const { kind, assessmentId, provision } = correction;
    const responseId = await this.values.write(kind, assessmentId, provision, correction.oldValue);
    await this.log.markUndone(id, by);
    if (responseId && kind !== 'confirmed') {
      await analyseCorrectedRows(this.manager, assessmentId, [responseId]);
    }
    return (await this.log.findById(id))!;
  }
}
