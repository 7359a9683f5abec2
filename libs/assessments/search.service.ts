import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SectorFilter } from '../benchmarks/sector-filter';
import type { Connection } from '../graphql/connection';
import { keysetConnection } from '../graphql/keyset';
import type { PageRequest } from '../graphql/page-request';
import type { SearchHitObject } from './dto/search-hit.object';
import { EvidenceSearchRepository } from './evidence-search.repository';
import { snippetParts } from './snippet-parts';

@Injectable()
export class SearchService {
  constructor(private readonly dataSource: DataSource) {}

  async search(
    query: string,
    filter: SectorFilter,
    page: PageRequest,
  ): Promise<Connection<SearchHitObject>> {
    const rows = await new EvidenceSearchRepository(this.dataSource.manager).search(
      query,
      filter,
      page,
    );
    return keysetConnection(rows, page, (r) => ({
      responseId: r.responseId,
      rank: r.rank,
      snippet: snippetParts(r.headline),
    }));
  }
}
