import type { EntityManager } from 'typeorm';
import { IsNull } from 'typeorm';
import type { ExtractedResponse, Compliance, Rag } from '@ingest/core';
import type { AnalysedResponse, AssessmentAnalysis, SectorPhrase } from '@ingest/nlp';
import {
  analysisColumns,
  applyFlagReviews,
  deleteAnalysisRows,
  insertAnalysisRows,
} from './analysis-rows';
import { AssessmentEntity } from './entities/assessment.entity';
import { ResponseEntity } from './entities/response.entity';
import { SectorStatisticsEntity } from './entities/sector-statistics.entity';

export interface StoredAssessmentInput {
  assessmentId: string;
  landlord: string;
  completedOn: string | null;
  responseIds: string[];
  responses: ExtractedResponse[];
}

export type StoredPeriod = Pick<
  AssessmentEntity,
  'id' | 'period' | 'completedOn' | 'periodStart' | 'periodEnd' | 'year' | 'periodKey'
>;

/** Reads stored inputs for a new analysis pass, and writes its results back. */
export class ReanalysisRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Every current assessment with its responses as stored, in document order. */
  async findCurrentInputs(): Promise<StoredAssessmentInput[]> {
    const assessments = await this.manager.getRepository(AssessmentEntity).find({
      where: { supersededById: IsNull() },
      relations: { landlord: true },
      order: { createdAt: 'ASC' },
    });
    const out: StoredAssessmentInput[] = [];
    for (const assessment of assessments) {
      out.push(await this.inputOf(assessment));
    }
    return out;
  }

  /** One assessment with its responses as stored (analysts' corrections included). */
  async findInput(assessmentId: string): Promise<StoredAssessmentInput> {
    const assessment = await this.manager.getRepository(AssessmentEntity).findOneOrFail({
      where: { id: assessmentId },
      relations: { landlord: true },
    });
    return this.inputOf(assessment);
  }

  private async inputOf(assessment: AssessmentEntity): Promise<StoredAssessmentInput> {
    const rows = await this.manager
      .getRepository(ResponseEntity)
      .find({ where: { assessmentId: assessment.id }, order: { row: 'ASC' } });
    return {
      assessmentId: assessment.id,
      landlord:
        assessment.landlord?.name ?? assessment.landlordNameInDocument ?? assessment.documentId,
      completedOn: assessment.completedOn,
      responseIds: rows.map((r) => r.id),
      responses: rows.map((r) => ({
        provision: r.provision,
        provision2024: r.provision2024,
        compliance: r.compliance as Compliance,
        rawAnswer: r.rawAnswer,
        rag: r.rag as Rag | null,
        requirement: r.requirement,
        evidence: r.evidence,
        commentary: r.commentary,
        page: r.page,
        ...(r.mergedInto ? { mergedInto: r.mergedInto } : {}),
      })),
    };
  }

  /** Every assessment's stored period text and completion date, with what was read from them. */
  findPeriods(): Promise<StoredPeriod[]> {
    return this.manager.getRepository(AssessmentEntity).find({
      select: ['id', 'period', 'completedOn', 'periodStart', 'periodEnd', 'year', 'periodKey'],
    });
  }

  /** Writes periods' dates, years and version keys, in one statement. */
  async savePeriods(rows: readonly StoredPeriod[]): Promise<void> {
    if (rows.length === 0) {
      return;
    }
    await this.manager.query(
      `UPDATE "assessment" AS a SET "periodStart" = v.start, "periodEnd" = v.end, "year" = v.year, "periodKey" = v.key
       FROM unnest($1::uuid[], $2::date[], $3::date[], $4::int[], $5::text[]) AS v(id, start, "end", year, key)
       WHERE a."id" = v.id`,
      [
        rows.map((r) => r.id),
        rows.map((r) => r.periodStart),
        rows.map((r) => r.periodEnd),
        rows.map((r) => r.year),
        rows.map((r) => r.periodKey),
      ],
    );
  }

  /** Replaces one assessment's analysis. Call inside a transaction. */
  async saveAnalysis(input: StoredAssessmentInput, analysis: AssessmentAnalysis): Promise<void> {
    await this.saveResponseAnalysis(input.responseIds, analysis.responses);
    await this.manager.query(
      'UPDATE "assessment" SET "analysisVersion" = $1, "indices" = $2 WHERE "id" = $3',
      [analysis.analysisVersion, JSON.stringify(analysis.indices), input.assessmentId],
    );
  }

  /** Replaces some responses' analysis (the rows an analyst corrected). Call inside a transaction. */
  async saveResponseAnalysis(
    responseIds: readonly string[],
    responses: readonly AnalysedResponse[],
  ): Promise<void> {
    await deleteAnalysisRows(this.manager, responseIds);
    // One statement for the whole assessment rather than one round trip per response.
    const columns = responses.map(analysisColumns);
    await this.manager.query(
      `UPDATE "response" AS r SET "boilerplate" = v.boilerplate, "boilerplateScore" = v.score, "specificity" = v.specificity, "analysis" = v.analysis
       FROM unnest($1::uuid[], $2::boolean[], $3::real[], $4::real[], $5::jsonb[]) AS v(id, boilerplate, score, specificity, analysis)
       WHERE r."id" = v.id`,
      [
        responseIds,
        columns.map((c) => c.boilerplate),
        columns.map((c) => c.boilerplateScore),
        columns.map((c) => c.specificity),
        columns.map((c) => JSON.stringify(c.analysis)),
      ],
    );
    await insertAnalysisRows(this.manager, responseIds, responses);
    // Stored responses may carry analysts' verdicts; freshly ingested ones cannot.
    await applyFlagReviews(this.manager, responseIds);
  }

  async saveSectorStatistics(
    analysisVersion: string,
    landlords: number,
    assessments: number,
    phrases: SectorPhrase[],
  ): Promise<void> {
    await this.manager
      .getRepository(SectorStatisticsEntity)
      .insert({ analysisVersion, landlords, assessments, phrases });
  }
}
