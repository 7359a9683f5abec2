import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, RequestLoaders } from '../graphql/request-loaders';
import { LandlordObject } from '../landlords/dto/landlord.object';
import { OutcomeFilterArgs } from './dto/outcome-filter.args';
import { toOutcomeMeasureObject } from './dto/outcome.mapper';
import { OutcomeMeasureObject } from './dto/outcome-measure.object';
import { OutcomeLoaders } from './outcome.loaders';

@Resolver(() => LandlordObject)
export class LandlordOutcomesResolver {
  @ResolveField(() => [OutcomeMeasureObject], {
    description:
      'Published outcomes (Tenant Satisfaction Measures, Ombudsman findings, failure orders) by year and tenure, newest first.',
  })
  async outcomes(
    @Parent() landlord: LandlordObject,
    @Args() { years, tenures, measures }: OutcomeFilterArgs,
    @Loaders() loaders: RequestLoaders,
  ): Promise<OutcomeMeasureObject[]> {
    const all = await loaders.get(OutcomeLoaders).measuresOfLandlord.load(landlord.id);
    return all
      .filter((m) => !years?.length || years.includes(m.year))
      .filter((m) => !tenures?.length || (tenures as string[]).includes(m.tenure))
      .filter((m) => !measures?.length || measures.includes(m.measure))
      .map(toOutcomeMeasureObject);
  }
}
