import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SectorFilter } from '../benchmarks/sector-filter';
import type { Connection } from '../graphql/connection';
import { keysetConnection } from '../graphql/keyset';
import type { PageRequest } from '../graphql/page-request';
import { AssessmentReadsRepository } from './assessment-reads.repository';
import { toResponseObject } from './dto/assessment.mapper';
import type { ResponseObject } from './dto/response.object';

/** How landlords evidence a provision. */
@Injectable()
export class EvidenceService {
  constructor(private readonly dataSource: DataSource) {}

  async forProvision(
    provision: string,
    filter: SectorFilter,
    page: PageRequest,
  ): Promise<Connection<ResponseObject>> {
    const rows = await new AssessmentReadsRepository(this.dataSource.manager).provisionResponses(
      provision,
      filter,
      page,
    );
    return keysetConnection(rows, page, toResponseObject);
  }
}
