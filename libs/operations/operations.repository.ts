import type { EntityManager } from 'typeorm';
import { CrawlRunEntity } from '../crawling/entities/crawl-run.entity';
import { SourceDocumentEntity } from '../documents/entities/source-document.entity';
import { LandlordEntity } from '../landlords/entities/landlord.entity';

export interface CrawlRunRow extends CrawlRunEntity {
  landlordName: string | null;
}

/** What operators look at: failed documents and crawl runs, newest first. */
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
