import type { EntityManager } from 'typeorm';
import { LandlordEntity } from './entities/landlord.entity';

const normalise = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Finds landlords the way documents name them: by name or alias, or by website host. */
export class LandlordsRepository {
  constructor(private readonly manager: EntityManager) {}

  async findByNameOrAlias(name: string): Promise<LandlordEntity | null> {
    const key = normalise(name);
    if (!key) {
      return null;
    }
    return this.manager
      .getRepository(LandlordEntity)
      .createQueryBuilder('l')
      .where(`regexp_replace(lower(l.name), '[^a-z0-9]+', ' ', 'g') = :key`, { key })
      .orWhere(
        `:key = ANY (SELECT trim(regexp_replace(lower(a), '[^a-z0-9]+', ' ', 'g')) FROM unnest(l.aliases) a)`,
        { key },
      )
      .getOne();
  }

  async findByWebsiteHost(host: string): Promise<LandlordEntity | null> {
    return this.manager
      .getRepository(LandlordEntity)
      .findOne({ where: { websiteHost: host.replace(/^www\./, '').toLowerCase() } });
  }

  count(): Promise<number> {
    return this.manager.getRepository(LandlordEntity).count();
  }
}
