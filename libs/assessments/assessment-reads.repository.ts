import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { currentAssessmentsSql, SqlParams, type SectorFilter } from '../benchmarks/sector-filter';
import { latestFirstOrder } from './latest-first';
import { SourceDocumentEntity } from '../documents/entities/source-document.entity';
import { keysetPageSql, type KeysetRow, type SortKey } from '../graphql/keyset';
import type { PageRequest } from '../graphql/page-request';
import { ActionEntity } from './entities/action.entity';
import { AssessmentEntity } from './entities/assessment.entity';
import { CitedDocumentEntity } from './entities/cited-document.entity';
import { FlagReviewEntity } from './entities/flag-review.entity';
import { FlagEntity } from './entities/flag.entity';
import { ResponseEntity } from './entities/response.entity';

// real, read as double precision so the value in a cursor is exactly the one compared.
const MOST_SPECIFIC_FIRST: readonly SortKey[] = [
  { sql: '"specificity"::double precision', type: 'double precision', descending: true },
  { sql: '"id"', type: 'uuid' },
];

/** Reads of stored assessments in batches: one statement for many parents (DataLoader). */
export class AssessmentReadsRepository {
  constructor(private readonly manager: EntityManager) {}

  assessments(ids: readonly string[]): Promise<AssessmentEntity[]> {
    return this.manager.getRepository(AssessmentEntity).findBy({ id: In([...ids]) });
  }

  /** Each landlord's assessments, latest first (the rule that picks the current one). */
  assessmentsOfLandlords(landlordIds: readonly string[]): Promise<AssessmentEntity[]> {
    return this.manager
      .getRepository(AssessmentEntity)
      .createQueryBuilder('a')
      .where('a.landlordId IN (:...ids)', { ids: [...landlordIds] })
      .orderBy(latestFirstOrder('a'))
      .getMany();
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
  provisionResponses(
    provision: string,
    filter: SectorFilter,
    page: PageRequest,
  ): Promise<(ResponseEntity & KeysetRow)[]> {
    const params = new SqlParams();
    const current = currentAssessmentsSql(filter, params);
    const base = `WITH cur AS (${current})
       SELECT r.* FROM "response" r JOIN cur ON cur."id" = r."assessmentId"
       WHERE r."provision2024" = ${params.add(provision)}`;
    return this.manager.query(
      keysetPageSql(base, MOST_SPECIFIC_FIRST, page, (value) => params.add(value)),
      params.values,
    );
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
