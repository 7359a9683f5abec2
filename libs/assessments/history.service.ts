import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { compareProvisionIds } from '@ingest/code';
import type { Compliance, ExtractedResponse, Rag } from '@ingest/core';
import { compareAssessments } from '@ingest/nlp';
import { AssessmentReadsRepository } from './assessment-reads.repository';
import { toAssessmentObject } from './dto/assessment.mapper';
import type { AssessmentChangesObject } from './dto/assessment-changes.object';
import type { ComplianceValue } from './dto/compliance.enum';
import type { AssessmentEntity } from './entities/assessment.entity';
import type { ResponseEntity } from './entities/response.entity';

const COPIED = 0.1;

const asExtracted = (r: ResponseEntity): ExtractedResponse => ({
  ...r,
  compliance: r.compliance as Compliance,
  rag: r.rag as Rag | null,
  mergedInto: r.mergedInto ?? undefined,
  confidence: r.confidence ?? undefined,
});

/** Not replaced by a corrected version, and with answers: what "current" may pick. */
const counted = (a: AssessmentEntity) =>
  a.supersededById === null && Number(a.indices['responses'] ?? 0) > 0;

/** The first assessment listed after `after` (latest first) that `accept` takes. */
function earlierVersion(
  all: readonly AssessmentEntity[],
  after: AssessmentEntity,
  accept: (a: AssessmentEntity) => boolean,
): AssessmentEntity | undefined {
  return all.slice(all.indexOf(after) + 1).find(accept);
}

/** What changed between two of a landlord's assessments, from the earlier to the later. */
@Injectable()
export class HistoryService {
  constructor(private readonly dataSource: DataSource) {}

  async changes(
    landlordId: string,
    fromId: string | null,
    toId: string | null,
  ): Promise<AssessmentChangesObject | null> {
    const reads = new AssessmentReadsRepository(this.dataSource.manager);
    const all = await reads.assessmentsOfLandlords([landlordId]);
    const pick = (id: string) => {
      const found = all.find((a) => a.id === id);
      if (!found) {
        throw new NotFoundException(`no assessment of this landlord has the id ${id}`);
      }
      return found;
    };
    // Latest first (the rule that picks the current one): the later of the two is "to",
    // so changes run forward whichever way round they were asked for.
    const latest = all.find(counted);
    const chosen = toId ? pick(toId) : latest;
    const other = fromId
      ? pick(fromId)
      : chosen && (earlierVersion(all, chosen, counted) ?? earlierVersion(all, chosen, () => true));
    if (!chosen || !other || other === chosen) {
      return null;
    }
    const [to, from] = all.indexOf(chosen) < all.indexOf(other) ? [chosen, other] : [other, chosen];
    const responses = await reads.responsesOf([from.id, to.id]);
    const of = (id: string) => responses.filter((r) => r.assessmentId === id).map(asExtracted);
    const changes = compareAssessments(of(from.id), of(to.id)).sort((a, b) =>
      compareProvisionIds(a.provision, b.provision),
    );
    return {
      from: toAssessmentObject(from),
      to: toAssessmentObject(to),
      answersChanged: changes.filter((c) => c.answerChanged).length,
      copiedForward: changes.filter((c) => c.modification !== null && c.modification < COPIED)
        .length,
      changes: changes.map((c) => ({
        ...c,
        before: c.before as ComplianceValue | null,
        after: c.after as ComplianceValue | null,
      })),
    };
  }
}
