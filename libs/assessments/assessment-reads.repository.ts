import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { currentAssessmentsSql, SqlParams, type SectorFilter } from '../benchmarks/sector-filter';
import { SourceDocumentEntity } from '../documents/entities/source-document.entity';
import { ActionEntity } from './entities/action.entity';
import { AssessmentEntity } from './entities/assessment.entity';
import { CitedDocumentEntity } from './entities/cited-document.entity';
import { FlagReviewEntity } from './entities/flag-review.entity';
import { FlagEntity } from './entities/flag.entity';
import { ResponseEntity } from './entities/response.entity';

/** Reads of stored assessments in batches: one statement for many parents (DataLoader). */
export class AssessmentReadsRepository {
  constructor(private readonly manager: EntityManager) {}

  assessments(ids: readonly string[]): Promise<AssessmentEntity[]> {
    return this.manager.getRepository(AssessmentEntity).findBy({ id: In([...ids]) });
  }

  assessmentsOfLandlords(landlordIds: readonly string[]): Promise<AssessmentEntity[]> {
    return this.manager.getRepository(AssessmentEntity).find({
      where: { landlordId: In([...landlordIds]) },
      order: { year: { direction: 'DESC', nulls: 'LAST' }, createdAt: 'DESC' },
    });
  }

  /** The current assessment id of each landlord that has one (within the years given, if any). */
  async currentAssessmentIds(
    landlordIds: readonly string[],
    years: readonly number[] | null = null,
  ): Promise<{ id: string; landlordId: string }[]> {
    const params = new SqlParams();
    return this.manager.query(currentAssessmentsSql({ landlordIds, years }, params), params.values);
  }

  /** Current assessments' responses to one 2024 provision, the most specific first. */
  async provisionResponses(
    provision: string,
    filter: SectorFilter,
    offset: number,
    limit: number,
  ): Promise<{ rows: ResponseEntity[]; total: number }> {
    const params = new SqlParams();
    const current = currentAssessmentsSql(filter, params);
    const rows = await this.manager.query<(ResponseEntity & { total: number })[]>(
      `WITH cur AS (${current})
       SELECT r.*, count(*) OVER ()::int AS "total" FROM "response" r JOIN cur ON cur."id" = r."assessmentId"
       WHERE r."provision2024" = ${params.add(provision)}
       ORDER BY r."specificity" DESC, r."id" LIMIT ${params.add(limit)} OFFSET ${params.add(offset)}`,
      params.values,
    );
    if (rows.length === 0 && offset > 0) {
      // Past the end: the total still has to be right.
      const [count] = await this.manager.query<{ total: number }[]>(
        `WITH cur AS (${current}) SELECT count(*)::int AS "total" FROM "response" r
         JOIN cur ON cur."id" = r."assessmentId" WHERE r."provision2024" = $${params.values.length - 2}`,
        params.values.slice(0, -2),
      );
      return { rows: [], total: count!.total };
    }
    return { rows, total: rows[0]?.total ?? 0 };
  }

  responsesOf(assessmentIds: readonly string[]): Promise<ResponseEntity[]> {
    return this.manager
      .getRepository(ResponseEntity)
      .find({ where: { assessmentId: In([...assessmentIds]) }, order: { row: 'ASC' } });
  }

  responses(ids: readonly string[]): Promise<ResponseEntity[]> {
    return this.manager.getRepository(ResponseEntity).findBy({ id: In([...ids]) });
  }

  flagsOf(responseIds: readonly string[]): Promise<FlagEntity[]> {
    return this.manager.getRepository(FlagEntity).findBy({ responseId: In([...responseIds]) });
  }

  reviewsOf(responseIds: readonly string[]): Promise<FlagReviewEntity[]> {
    return this.manager
      .getRepository(FlagReviewEntity)
      .findBy({ responseId: In([...responseIds]) });
  }

  citedDocumentsOf(responseIds: readonly string[]): Promise<CitedDocumentEntity[]> {
    return this.manager
      .getRepository(CitedDocumentEntity)
      .findBy({ responseId: In([...responseIds]) });
  }

  actionsOf(responseIds: readonly string[]): Promise<ActionEntity[]> {
    return this.manager.getRepository(ActionEntity).findBy({ responseId: In([...responseIds]) });
  }

  documents(ids: readonly string[]): Promise<SourceDocumentEntity[]> {
    return this.manager.getRepository(SourceDocumentEntity).findBy({ id: In([...ids]) });
  }
}
