import { Args, Query, Resolver } from '@nestjs/graphql';
import { SectorFilterInput } from '../landlords/dto/landlord-filter.input';
import { SectorSummaryObject } from './dto/sector-summary.object';
import { SectorSummaryService } from './sector-summary.service';

@Resolver()
export class SectorResolver {
  constructor(private readonly sector: SectorSummaryService) {}

  @Query(() => SectorSummaryObject, {
    description:
      'Coverage, declared compliance, common gaps and boilerplate across current assessments.',
  })
  sectorSummary(
    @Args('filter', { type: () => SectorFilterInput, nullable: true })
    filter: SectorFilterInput | null,
  ): Promise<SectorSummaryObject> {
    return this.sector.summary(filter ?? {});
  }
}
