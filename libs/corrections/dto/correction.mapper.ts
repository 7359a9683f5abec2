import type { CorrectionEntity } from '../entities/correction.entity';
import { type CorrectionKindValue, CorrectionStatusValue } from './correction-kind.enum';
import type { CorrectionObject } from './correction.object';

const json = (value: unknown) =>
  value === null || value === undefined ? null : JSON.stringify(value);

export function toCorrectionObject(entity: CorrectionEntity): CorrectionObject {
  return {
    id: entity.id,
    kind: entity.kind as CorrectionKindValue,
    status: entity.undoneAt
      ? CorrectionStatusValue.UNDONE
      : entity.droppedAt
        ? CorrectionStatusValue.DROPPED
        : CorrectionStatusValue.ACTIVE,
    assessmentId: entity.assessmentId,
    responseId: entity.responseId,
    provision: entity.provision,
    oldValue: json(entity.oldValue),
    newValue: json(entity.newValue),
    note: entity.note,
    correctedBy: entity.correctedBy,
    correctedByRole: entity.correctedByRole,
    correctedAt: entity.correctedAt,
    undoneAt: entity.undoneAt,
    undoneBy: entity.undoneBy,
    dropped: entity.droppedAt !== null,
    droppedAt: entity.droppedAt,
    droppedReason: entity.droppedReason,
  };
}
