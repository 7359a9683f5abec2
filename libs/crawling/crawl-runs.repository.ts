import type { EntityManager } from 'typeorm';
import type { CrawlResult } from '@ingest/crawl';
import { SourceDocumentEntity } from '../documents/entities/source-document.entity';
import { LandlordEntity } from '../landlords/entities/landlord.entity';
import { CrawlRunEntity } from './entities/crawl-run.entity';

/** Crawl runs and what the crawler needs to know of earlier fetches. */
export class CrawlRunsRepository {
  constructor(private readonly manager: EntityManager) {}

  findLandlordsWithWebsite(name?: string): Promise<LandlordEntity[]> {
    const query = this.manager
      .getRepository(LandlordEntity)
      .createQueryBuilder('l')
      .where('l.website IS NOT NULL')
      .orderBy('l.name');
    if (name) {
      query.andWhere('lower(l.name) = lower(:name)', { name });
    }
    return query.getMany();
  }

  /** ETag and Last-Modified of the newest stored copy of each URL, for conditional requests. */
  async heldVersions(): Promise<Map<string, { etag: string | null; lastModified: string | null }>> {
    const documents = await this.manager
      .getRepository(SourceDocumentEntity)
      .createQueryBuilder('d')
      .where('d.etag IS NOT NULL OR d."lastModified" IS NOT NULL')
      .orderBy('d."fetchedAt"', 'ASC')
      .getMany();
    return new Map(
      documents.map((d) => [d.source, { etag: d.etag, lastModified: d.lastModified }]),
    );
  }

  async saveRun(landlordId: string, website: string, result: CrawlResult): Promise<void> {
    await this.manager.getRepository(CrawlRunEntity).insert({
      landlordId,
      website,
      stopReason: result.stopReason,
      pagesVisited: result.visited.length,
      visits: result.visited,
      found: result.found.map((f) => ({
        url: f.url,
        period: f.period,
        date: f.date,
        current: f.current,
        unchanged: f.document === null,
      })),
    });
  }
}
