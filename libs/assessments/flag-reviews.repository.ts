import type { EntityManager } from 'typeorm';
import { applyFlagReviews } from './analysis-rows';
import { FlagReviewEntity } from './entities/flag-review.entity';
import { FlagEntity } from './entities/flag.entity';

/** Analysts' verdicts on flags. */
export class FlagReviewsRepository {
  constructor(private readonly manager: EntityManager) {}

  findFlag(id: string): Promise<FlagEntity | null> {
    return this.manager.getRepository(FlagEntity).findOne({ where: { id } });
  }

  /**
   * Records that a flag is wrong (a second verdict on the same flag replaces the note) and
   * applies it at once. Call inside a transaction.
   */
  async markWrong(flag: FlagEntity, note: string, reviewer: string): Promise<FlagEntity> {
    await this.manager
      .getRepository(FlagReviewEntity)
      .upsert({ responseId: flag.responseId, kind: flag.kind, note, reviewer }, [
        'responseId',
        'kind',
      ]);
    await applyFlagReviews(this.manager, [flag.responseId]);
    return this.manager.getRepository(FlagEntity).findOneByOrFail({ id: flag.id });
  }
}
