import { In, type EntityManager, type FindOptionsRelations, type FindOptionsWhere } from 'typeorm';
import { SqlParams } from '../benchmarks/sector-filter';
import { keysetPageSql, type KeysetRow, type SortKey } from '../graphql/keyset';
import type { PageRequest } from '../graphql/page-request';
import { AssessmentEntity } from '../assessments/entities/assessment.entity';
import { CrawlRunEntity } from '../crawling/entities/crawl-run.entity';
import { SourceDocumentEntity } from '../documents/entities/source-document.entity';
import { LandlordEntity } from '../landlords/entities/landlord.entity';

export interface CrawlRunRow extends CrawlRunEntity {
  landlordName: string | null;
}

/** Keyset rows (for the cursors and counts) and the entities they name, in the same order. */
export interface Paged<T> {
  rows: (KeysetRow & { id: string })[];
  /** The entities, by id (one deleted since the ids were read is left out). */
  byId: Map<string, T>;
}

const NEWEST_DOCUMENTS_FIRST: readonly SortKey[] = [
  { sql: '"fetchedAt"', type: 'timestamptz', descending: true },
  { sql: '"id"', type: 'uuid' },
];

const LEAST_SURE_FIRST: readonly SortKey[] = [
  { sql: '"score"::double precision', type: 'double precision' },
  { sql: '"createdAt"', type: 'timestamptz', descending: true },
  { sql: '"id"', type: 'uuid' },
];

const NEWEST_RUNS_FIRST: readonly SortKey[] = [
  { sql: '"startedAt"', type: 'timestamptz', descending: true },
  { sql: '"id"', type: 'uuid' },
];

/** What operators look at: failed documents, doubtful extractions and crawl runs. */
export class OperationsRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Failed documents, newest first. */
  async failedDocuments(page: PageRequest): Promise<Paged<SourceDocumentEntity>> {
    return this.pageOf(
      SourceDocumentEntity,
      `SELECT "id", "fetchedAt" FROM "source_document" WHERE "outcome" = 'failed'`,
      NEWEST_DOCUMENTS_FIRST,
      page,
    );
  }

  /** Current assessments extracted with low confidence, least sure first, with document and landlord. */
  async lowConfidenceAssessments(page: PageRequest): Promise<Paged<AssessmentEntity>> {
    return this.pageOf(
      AssessmentEntity,
      `SELECT "id", coalesce("confidenceScore", 0) AS "score", "createdAt" FROM "assessment"
       WHERE "confidenceLevel" = 'low' AND "supersededById" IS NULL`,
      LEAST_SURE_FIRST,
      page,
      { document: true, landlord: true },
    );
  }

  /** Searches of landlords' websites, newest first, with the landlord's name. */
  async crawlRuns(page: PageRequest): Promise<Paged<CrawlRunRow>> {
    const runs = await this.pageOf(
      CrawlRunEntity,
      `SELECT "id", "startedAt" FROM "crawl_run"`,
      NEWEST_RUNS_FIRST,
      page,
    );
    const landlords = await this.manager
      .getRepository(LandlordEntity)
      .findBy({ id: In([...runs.byId.values()].map((r) => r.landlordId)) });
    const names = new Map(landlords.map((l) => [l.id, l.name]));
    const withNames = [...runs.byId.values()].map((r) => ({
      ...r,
      landlordName: names.get(r.landlordId) ?? null,
    }));
    return { rows: runs.rows, byId: new Map(withNames.map((r) => [r.id, r])) };
  }

  /** One keyset page of ids, then their entities (with relations) in the page's order. */
  private async pageOf<E extends { id: string }>(
    entity: new () => E,
    base: string,
    order: readonly SortKey[],
    page: PageRequest,
    relations: FindOptionsRelations<E> = {},
  ): Promise<Paged<E>> {
    const params = new SqlParams();
    const rows = await this.manager.query<(KeysetRow & { id: string })[]>(
      keysetPageSql(base, order, page, (value) => params.add(value)),
      params.values,
    );
    const ids = rows.filter((r) => r.page_keys !== null).map((r) => r.id);
    const found = await this.manager
      .getRepository(entity)
      .find({ where: { id: In(ids) } as FindOptionsWhere<E>, relations });
    return {
      rows: rows.filter((r) => r.page_keys === null || ids.includes(r.id)),
      byId: new Map(found.map((e) => [e.id, e])),
    };
  }
}
