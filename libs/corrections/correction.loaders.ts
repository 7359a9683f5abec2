import type { EntityManager } from 'typeorm';
import { manyEach } from '../graphql/batch';
import { CorrectionLogRepository } from './correction-log.repository';

/** The batched lookups behind Response.corrections, for one request. */
export class CorrectionLoaders {
  readonly activeOfResponse;

  constructor(manager: EntityManager) {
    const log = new CorrectionLogRepository(manager);
    this.activeOfResponse = manyEach(
      (ids) => log.findActiveOfResponses(ids),
      (c) => c.responseId!,
    );
  }
}
