import { Args, Query, Resolver } from '@nestjs/graphql';
import { SectorFilterInput } from '../landlords/dto/landlord-filter.input';
import { FilterOptionsObject, SectorSummaryObject } from './dto/sector-summary.object';
import { SectorSummaryService } from './sector-summary.service';

@Resolver()
export class SectorResolver {
  constructor(private readonly sector: SectorSummaryService) {}

  @Query(() => FilterOptionsObject, { description: 'The values the sector filters can take.' })
  filterOptions(): Promise<FilterOptionsObject> {
    return this.sector.filterOptions();
  }

  @Query(() => SectorSummaryObject, {
    description:
      'Coverage, declared compliance, common gaps and boilerplate across current assessments.',
  })
  sectorSummary(
    @Args('filter', {
      type: () => SectorFilterInput,
      nullable: true,
      description: 'Which part of the sector; all of it without one.',
    })
    filter: SectorFilterInput | null,
  ): Promise<SectorSummaryObject> {
    return this.sector.summary(filter ?? {});
  }
}
