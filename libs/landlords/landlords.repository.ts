import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { landlordNameKey } from '@ingest/outcomes/landlord-name';
import {
  assessmentConditions,
  landlordConditions,
  SqlParams,
  type SectorFilter,
} from '../benchmarks/sector-filter';
import { keysetPageSql, type KeysetRow, type SortKey } from '../graphql/keyset';
import type { PageRequest } from '../graphql/page-request';
import { LandlordEntity } from './entities/landlord.entity';

export interface LandlordSearch extends SectorFilter {
  /** Part of the name or an alias. */
  search?: string | null;
}

const BY_NAME: readonly SortKey[] = [
  { sql: '"name"', type: 'text' },
  { sql: '"id"', type: 'uuid' },
];

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** SQL condition on `l` (landlord): the text is part of its name or of an alias. */
export function nameSearchCondition(text: string, params: SqlParams): string {
  const pattern = params.add(likePattern(text));
  return `(l."name" ILIKE ${pattern} OR EXISTS (SELECT 1 FROM unnest(l."aliases") a WHERE a ILIKE ${pattern}))`;
}

/** Finds landlords the way documents name them: by name or alias, or by website host. */
export class LandlordsRepository {
  constructor(private readonly manager: EntityManager) {}

  /**
   * The landlord whose name or an alias has the same `landlordNameKey` (the rule outcome
   * files are matched by too), when exactly one has it: a name two landlords share proves
   * nothing, so it is left unmatched rather than guessed.
   */
  async findByNameOrAlias(name: string): Promise<LandlordEntity | null> {
    const key = landlordNameKey(name);
    if (!key) {
      return null;
    }
    const found = await this.manager
      .getRepository(LandlordEntity)
      .createQueryBuilder('l')
      .where(`(l."nameKey" = :key OR l."aliasKeys" @> ARRAY[:key]::text[])`, { key })
      .take(2)
      .getMany();
    return found.length === 1 ? found[0]! : null;
  }

  /** The landlord with this website host, if exactly one has it (a shared host proves nothing). */
  async findByWebsiteHost(host: string): Promise<LandlordEntity | null> {
    const found = await this.manager
      .getRepository(LandlordEntity)
      .find({ where: { websiteHost: host.replace(/^www\./, '').toLowerCase() }, take: 2 });
    return found.length === 1 ? found[0]! : null;
  }

  /**
   * One page of landlords by name, with the total: of the filter's kinds, regions and size
   * bands, and with a current assessment of its editions and years when it names any.
   */
  page(filter: LandlordSearch, page: PageRequest): Promise<(LandlordEntity & KeysetRow)[]> {
    const params = new SqlParams();
    const conditions = landlordConditions(filter, params);
    if (filter.search?.trim()) {
      conditions.push(nameSearchCondition(filter.search.trim(), params));
    }
    const assessed = assessmentConditions(filter, params);
    if (assessed.length > 0) {
      conditions.push(
        `EXISTS (SELECT 1 FROM "assessment" a WHERE a."landlordId" = l."id" AND a."supersededById" IS NULL AND ${assessed.join(' AND ')})`,
      );
    }
    const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
    const base = `SELECT l.* FROM "landlord" l ${where}`;
    return this.manager.query(
      keysetPageSql(base, BY_NAME, page, (value) => params.add(value)),
      params.values,
    );
  }

  findByIds(ids: readonly string[]): Promise<LandlordEntity[]> {
    return this.manager.getRepository(LandlordEntity).find({ where: { id: In([...ids]) } });
  }

  findById(id: string): Promise<LandlordEntity | null> {
    return this.manager.getRepository(LandlordEntity).findOne({ where: { id } });
  }

  /** Adds a landlord, or updates the one with `id`; null when that id does not exist. */
  async save(
    id: string | null,
    // The registration number and de-registration come from the Regulator's list only.
    values: Omit<
      LandlordEntity,
      'id' | 'createdAt' | 'updatedAt' | 'registrationNumber' | 'deregisteredOn'
    >,
  ): Promise<LandlordEntity | null> {
    const repository = this.manager.getRepository(LandlordEntity);
    if (id) {
      const result = await repository.update(id, values);
      return (result.affected ?? 0) > 0 ? repository.findOneByOrFail({ id }) : null;
    }
    const inserted = await repository.insert(values);
    return repository.findOneByOrFail({ id: inserted.identifiers[0]!.id as string });
  }

  count(): Promise<number> {
    return this.manager.getRepository(LandlordEntity).count();
  }
}
