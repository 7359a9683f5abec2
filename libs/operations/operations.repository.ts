import { IsNull, type EntityManager } from 'typeorm';
import { AssessmentEntity } from '../assessments/entities/assessment.entity';
import { CrawlRunEntity } from '../crawling/entities/crawl-run.entity';
import { SourceDocumentEntity } from '../documents/entities/source-document.entity';
import { LandlordEntity } from '../landlords/entities/landlord.entity';

export interface CrawlRunRow extends CrawlRunEntity {
  landlordName: string | null;
}

/** What operators look at: failed documents, doubtful extractions and crawl runs. */
export class OperationsRepository {
  constructor(private readonly manager: EntityManager) {}

  async failedDocuments(
    offset: number,
    limit: number,
  ): Promise<{ rows: SourceDocumentEntity[]; total: number }> {
    const [rows, total] = await this.manager.getRepository(SourceDocumentEntity).findAndCount({
      where: { outcome: 'failed' },
      order: { fetchedAt: 'DESC', id: 'ASC' },
      skip: offset,
      take: limit,
    });
    return { rows, total };
  }

  /** Current assessments extracted with low confidence, least sure first, with document and landlord. */
  async lowConfidenceAssessments(
    offset: number,
    limit: number,
  ): Promise<{ rows: AssessmentEntity[]; total: number }> {
    const [rows, total] = await this.manager.getRepository(AssessmentEntity).findAndCount({
      where: { confidenceLevel: 'low', supersededById: IsNull() },
      relations: { document: true, landlord: true },
      order: { confidenceScore: 'ASC', createdAt: 'DESC', id: 'ASC' },
      skip: offset,
      take: limit,
    });
    return { rows, total };
  }

  async crawlRuns(offset: number, limit: number): Promise<{ rows: CrawlRunRow[]; total: number }> {
    const [runs, total] = await this.manager.getRepository(CrawlRunEntity).findAndCount({
      order: { startedAt: 'DESC', id: 'ASC' },
      skip: offset,
      take: limit,
    });
    const landlords = await this.manager
      .getRepository(LandlordEntity)
      .findBy(runs.map((r) => ({ id: r.landlordId })));
    const names = new Map(landlords.map((l) => [l.id, l.name]));
    return {
      rows: runs.map((r) => ({ ...r, landlordName: names.get(r.landlordId) ?? null })),
      total,
    };
  }
}
