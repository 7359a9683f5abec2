import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { compareProvisionIds } from '@ingest/code';
import type { Compliance, ExtractedResponse, Rag } from '@ingest/core';
import { compareAssessments } from '@ingest/nlp';
import { AssessmentReadsRepository } from './assessment-reads.repository';
import { toAssessmentObject } from './dto/assessment.mapper';
import type { AssessmentChangesObject } from './dto/assessment-changes.object';
import type { ComplianceValue } from './dto/compliance.enum';
import type { ResponseEntity } from './entities/response.entity';

const COPIED = 0.1;

const asExtracted = (r: ResponseEntity): ExtractedResponse => ({
  ...r,
  compliance: r.compliance as Compliance,
  rag: r.rag as Rag | null,
  mergedInto: r.mergedInto ?? undefined,
  confidence: r.confidence ?? undefined,
});

/** What changed between two of a landlord's assessments. */
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
    const to = toId ? pick(toId) : all.find((a) => a.supersededById === null);
    const from = fromId ? pick(fromId) : to ? all[all.indexOf(to) + 1] : undefined;
    if (!to || !from) {
      return null;
    }
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
