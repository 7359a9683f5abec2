import { Module } from '@nestjs/common';
import { BenchmarksModule } from '../benchmarks/benchmarks.module';
import { ClaimsFlagsService } from './claims-flags.service';
import { LandlordOutcomesResolver } from './landlord-outcomes.resolver';
import { OutcomeScatterResolver } from './outcome-scatter.resolver';
import { OutcomeScatterService } from './outcome-scatter.service';
import { OutcomesImportService } from './outcomes-import.service';
import { OutcomesResolver } from './outcomes.resolver';
import { OutcomesService } from './outcomes.service';

/** Published outcomes beside the claims: imports, flags, the API. */
@Module({
  imports: [BenchmarksModule],
  providers: [
    ClaimsFlagsService,
    OutcomesService,
    OutcomesImportService,
    OutcomesResolver,
    LandlordOutcomesResolver,
    OutcomeScatterService,
    OutcomeScatterResolver,
  ],
  exports: [ClaimsFlagsService, OutcomesImportService],
})
export class OutcomesModule {}
