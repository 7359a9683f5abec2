import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CLAIMS_RULES } from '@ingest/outcomes/claims-rules';
import { judgeClaims } from '@ingest/outcomes/judge-claims';
import { ClaimsFlagsRepository, type ClaimsFlagFilter } from './claims-flags.repository';
import type { OutcomeFlagEntity } from './entities/outcome-flag.entity';
import { OutcomesRepository } from './outcomes.repository';

/** Claims in current self-assessments judged against published outcomes. */
@Injectable()
export class ClaimsFlagsService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Rows without a landlord matched again, then every flag judged anew under the current
   * rules; the number of flags. Run after each outcome import, link and ingest batch.
   */
  async refresh(): Promise<number> {
    await new OutcomesRepository(this.dataSource.manager).rematch();
    const repository = new ClaimsFlagsRepository(this.dataSource.manager);
    const figures = await repository.figures();
    // Runs after every ingest: without outcomes there is nothing to judge, so the claims
    // (every current response) are not read.
    const flags =
      figures.length === 0 ? [] : judgeClaims(await repository.claims(), figures, CLAIMS_RULES);
    await repository.replaceFlags(flags);
    return flags.length;
  }

  flags(filter: ClaimsFlagFilter): Promise<OutcomeFlagEntity[]> {
    return new ClaimsFlagsRepository(this.dataSource.manager).flags(filter);
  }
}
