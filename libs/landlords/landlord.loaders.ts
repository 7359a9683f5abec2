import type { EntityManager } from 'typeorm';
import { oneEach } from '../graphql/batch';
import { LandlordsRepository } from './landlords.repository';

/** Batched landlord lookups for one request. */
export class LandlordLoaders {
  readonly landlord;

  constructor(manager: EntityManager) {
    const landlords = new LandlordsRepository(manager);
    this.landlord = oneEach(
      (ids) => landlords.findByIds(ids),
      (l) => l.id,
    );
  }
}
