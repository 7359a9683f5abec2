import type { EntityManager } from 'typeorm';
import { manyEach } from '../graphql/batch';
import { OutcomeMeasuresRepository } from './outcome-measures.repository';

/** Batched outcome lookups for one request. */
export class OutcomeLoaders {
  readonly measuresOfLandlord;

  constructor(manager: EntityManager) {
    const measures = new OutcomeMeasuresRepository(manager);
    this.measuresOfLandlord = manyEach(
      (ids) => measures.ofLandlords(ids),
      (m) => m.landlordId,
    );
  }
}
