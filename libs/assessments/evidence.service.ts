import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SectorFilter } from '../benchmarks/sector-filter';
import { toConnection, type Connection, type PageWindow } from '../graphql/connection';
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
    window: PageWindow,
  ): Promise<Connection<ResponseObject>> {
    const { rows, total } = await new AssessmentReadsRepository(
      this.dataSource.manager,
    ).provisionResponses(provision, filter, window.offset, window.limit);
    return toConnection(rows.map(toResponseObject), window.offset, total);
  }
}
