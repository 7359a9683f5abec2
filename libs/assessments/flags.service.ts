import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { FlagEntity } from './entities/flag.entity';
import { FlagReviewsRepository } from './flag-reviews.repository';

@Injectable()
export class FlagsService {
  constructor(private readonly dataSource: DataSource) {}

  markWrong(flagId: string, note: string, reviewer: string): Promise<FlagEntity> {
    return this.dataSource.transaction(async (manager) => {
      const reviews = new FlagReviewsRepository(manager);
      const flag = await reviews.findFlag(flagId);
      if (!flag) {
        throw new NotFoundException(`no flag has the id ${flagId}`);
      }
      return reviews.markWrong(flag, note.trim(), reviewer);
    });
  }
}
