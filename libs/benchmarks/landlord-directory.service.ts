import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Connection } from '../graphql/connection';
import { keysetConnection } from '../graphql/keyset';
import type { PageRequest } from '../graphql/page-request';
import { toLandlordObject } from '../landlords/dto/landlord.mapper';
import type { LandlordSearch } from '../landlords/landlords.repository';
import type { LandlordDirectoryEntryObject } from './dto/landlord-directory.object';
import { LandlordDirectoryRepository, type DirectoryOrder } from './landlord-directory.repository';
import { ResultCache } from './result-cache';

const round = (n: number | null) => (n === null ? null : Math.round(n * 10_000) / 10_000);

/** The landlord directory: every landlord with its current figures, for people who know no name. */
@Injectable()
export class LandlordDirectoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cache: ResultCache,
  ) {}

  page(
    filter: LandlordSearch,
    order: DirectoryOrder,
    descending: boolean,
    page: PageRequest,
  ): Promise<Connection<LandlordDirectoryEntryObject>> {
    const key = JSON.stringify(['directory', filter, order, descending, page]);
    return this.cache.get(key, () => this.compute(filter, order, descending, page));
  }

  private async compute(
    filter: LandlordSearch,
    order: DirectoryOrder,
    descending: boolean,
    page: PageRequest,
  ): Promise<Connection<LandlordDirectoryEntryObject>> {
    const rows = await new LandlordDirectoryRepository(this.dataSource.manager).page(
      filter,
      order,
      descending,
      page,
    );
    return keysetConnection(rows, page, (row) => ({
      landlord: toLandlordObject(row),
      assessmentId: row.assessmentId,
      period: row.period,
      year: row.year,
      answers: row.answers,
      yes: row.yes,
      stated: row.stated,
      declaredCompliance: round(row.declaredCompliance),
      evidenceQuality: round(row.evidenceQuality),
      meanSpecificity: round(row.meanSpecificity),
    }));
  }
}
