import type { EntityManager } from 'typeorm';
import { CODE_EDITIONS, type CodeEdition } from '@ingest/core';
import { mapTo2024 } from '@ingest/code';
import { periodOfStored } from '@ingest/parse';
import { deleteAnalysisRows } from '../assessments/analysis-rows';
import { periodKey } from '../assessments/assessments.repository';
import { AssessmentEntity } from '../assessments/entities/assessment.entity';
import { ResponseEntity } from '../assessments/entities/response.entity';
import { LandlordLinksRepository } from '../assessments/landlord-links.repository';
import { isResponseField, RESPONSE_FIELDS, type CorrectionKind } from './correction-kinds';

/** A whole response row as a removal keeps it, so that undoing the removal restores it. */
export type RowSnapshot = Pick<
  ResponseEntity,
  | 'provision'
  | 'provision2024'
  | 'compliance'
  | 'rawAnswer'
  | 'rag'
  | 'requirement'
  | 'evidence'
  | 'commentary'
  | 'page'
  | 'row'
  | 'mergedInto'
  | 'confidence'
>;

/** What a kind targets in an assessment now, and the response that holds it. */
export interface CurrentValue {
  value: unknown;
  responseId: string | null;
}

export const snapshotOf = (r: ResponseEntity): RowSnapshot => ({
  provision: r.provision,
  provision2024: r.provision2024,
  compliance: r.compliance,
  rawAnswer: r.rawAnswer,
  rag: r.rag,
  requirement: r.requirement,
  evidence: r.evidence,
  commentary: r.commentary,
  page: r.page,
  row: r.row,
  mergedInto: r.mergedInto,
  confidence: r.confidence,
});

/**
 * Reads and writes the effective values corrections change, in the response and assessment
 * rows themselves, so everything that reads those rows (benchmarks, flags, search,
 * exports) sees the corrected values. Call inside a transaction.
 */
export class CorrectedValuesRepository {
  constructor(private readonly manager: EntityManager) {}

  findResponse(id: string): Promise<ResponseEntity | null> {
    return this.manager.getRepository(ResponseEntity).findOne({ where: { id } });
  }

  findAssessment(id: string): Promise<AssessmentEntity | null> {
    return this.manager.getRepository(AssessmentEntity).findOne({ where: { id } });
  }

  private row(assessmentId: string, provision: string | null): Promise<ResponseEntity | null> {
    return provision === null
      ? Promise.resolve(null)
      : this.manager.getRepository(ResponseEntity).findOne({ where: { assessmentId, provision } });
  }

  /** The value now; undefined where a response kind's row is not in the assessment. */
  async current(
    kind: CorrectionKind,
    assessmentId: string,
    provision: string | null,
  ): Promise<CurrentValue | undefined> {
    if (kind === 'landlord' || kind === 'period' || kind === 'year') {
      const assessment = await this.findAssessment(assessmentId);
      const value = assessment ? { landlord: assessment.landlordId, ...assessment }[kind] : null;
      return assessment ? { value, responseId: null } : undefined;
    }
    const row = await this.row(assessmentId, provision);
    if (isResponseField(kind)) {
      return row ? { value: row[RESPONSE_FIELDS[kind]], responseId: row.id } : undefined;
    }
    return { value: row ? snapshotOf(row) : null, responseId: row?.id ?? null };
  }

  /** Writes a kind's value; the response it concerns afterwards, if any. */
  async write(
    kind: CorrectionKind,
    assessmentId: string,
    provision: string | null,
    value: unknown,
  ): Promise<string | null> {
    switch (kind) {
      case 'compliance':
      case 'evidence':
      case 'commentary': {
        const row = (await this.row(assessmentId, provision))!;
        const next = { ...row, [RESPONSE_FIELDS[kind]]: value as string };
        await this.manager.getRepository(ResponseEntity).update(row.id, {
          [RESPONSE_FIELDS[kind]]: value as string,
          hasText: next.evidence !== '' || next.commentary !== '',
        });
        return row.id;
      }
      case 'provision_added':
      case 'provision_removed':
        return this.replaceRow(assessmentId, provision!, value as Partial<RowSnapshot> | null);
      case 'landlord':
        await this.relink(assessmentId, value as string | null);
        return null;
      case 'period':
      case 'year':
        await this.writePeriod(assessmentId, kind, value as string | number | null);
        return null;
      case 'confirmed':
        return (await this.row(assessmentId, provision))?.id ?? null;
    }
  }

  /** Removes the provision's row, then adds the given one (none for a removal). */
  private async replaceRow(
    assessmentId: string,
    provision: string,
    value: Partial<RowSnapshot> | null,
  ): Promise<string | null> {
    const existing = await this.row(assessmentId, provision);
    if (existing) {
      await deleteAnalysisRows(this.manager, [existing.id]);
      await this.manager.getRepository(ResponseEntity).delete(existing.id);
    }
    if (!value) {
      return null;
    }
    const assessment = (await this.findAssessment(assessmentId))!;
    const edition = (CODE_EDITIONS as readonly string[]).includes(assessment.edition ?? '')
      ? (assessment.edition as CodeEdition)
      : null;
    const [found] = await this.manager.query<{ last: number | null }[]>(
      'SELECT max("row") AS "last" FROM "response" WHERE "assessmentId" = $1',
      [assessmentId],
    );
    const evidence = value.evidence ?? '';
    const commentary = value.commentary ?? '';
    const inserted = await this.manager.getRepository(ResponseEntity).insert({
      assessmentId,
      provision,
      provision2024: value.provision2024 ?? (edition ? mapTo2024(edition, provision) : null),
      compliance: value.compliance ?? 'not_stated',
      rawAnswer: value.rawAnswer ?? '',
      rag: value.rag ?? null,
      requirement: value.requirement ?? '',
      evidence,
      commentary,
      hasText: evidence !== '' || commentary !== '',
      page: value.page ?? null,
      row: value.row ?? (found?.last ?? -1) + 1,
      mergedInto: value.mergedInto ?? null,
      confidence: value.confidence ?? null,
      // Placeholders until the analysis, in the same transaction, judges the row.
      boilerplate: false,
      boilerplateScore: 0,
      specificity: 0,
      analysis: {},
    });
    return inserted.identifiers[0]!.id as string;
  }

  private async relink(assessmentId: string, landlordId: string | null): Promise<void> {
    if (landlordId) {
      await new LandlordLinksRepository(this.manager).link(assessmentId, landlordId);
      return;
    }
    // Back to no landlord: the versions it had replaced are that landlord's current ones again.
    await this.manager.query(
      'UPDATE "assessment" SET "supersededById" = NULL WHERE "supersededById" = $1',
      [assessmentId],
    );
    await this.manager.getRepository(AssessmentEntity).update(assessmentId, { landlordId: null });
  }

  /**
   * A corrected period is read again for its dates (and its year, unless the year is given
   * apart); a corrected year changes which versions count as the same assessment.
   */
  private async writePeriod(
    assessmentId: string,
    kind: 'period' | 'year',
    value: string | number | null,
  ): Promise<void> {
    const assessment = (await this.findAssessment(assessmentId))!;
    const next = { period: assessment.period, year: assessment.year } as {
      period: string | null;
      year: number | null;
      periodStart?: string | null;
      periodEnd?: string | null;
    };
    if (kind === 'year') {
      next.year = value as number | null;
    } else {
      const read = periodOfStored(value as string | null, assessment.completedOn);
      Object.assign(next, {
        period: value,
        periodStart: read.periodStart,
        periodEnd: read.periodEnd,
      });
      next.year = read.year ?? assessment.year;
    }
    await this.manager
      .getRepository(AssessmentEntity)
      .update(assessmentId, { ...next, periodKey: periodKey(next) });
  }
}
