import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SectorFilter } from '../benchmarks/sector-filter';
import { toConnection, type Connection, type PageWindow } from '../graphql/connection';
import type { SearchHitObject } from './dto/search-hit.object';
import { EvidenceSearchRepository } from './evidence-search.repository';
import { snippetParts } from './snippet-parts';

@Injectable()
export class SearchService {
  constructor(private readonly dataSource: DataSource) {}

  async search(
    query: string,
    filter: SectorFilter,
    window: PageWindow,
  ): Promise<Connection<SearchHitObject>> {
    const repository = new EvidenceSearchRepository(this.dataSource.manager);
    const rows = await repository.search(query, filter, window.offset, window.limit);
    const total = rows[0]?.total ?? (window.offset > 0 ? await repository.count(query, filter) : 0);
    return toConnection(
      rows.map((r) => ({
        responseId: r.responseId,
        rank: r.rank,
        snippet: snippetParts(r.headline),
      })),
      window.offset,
      total,
    );
  }
}
