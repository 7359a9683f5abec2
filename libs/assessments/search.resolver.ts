import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Connection } from '../graphql/connection';
import { pageRequest } from '../graphql/page-request';
import { Loaders, RequestLoaders } from '../graphql/request-loaders';
import { SectorFilterInput } from '../landlords/dto/landlord-filter.input';
import { AssessmentLoaders } from './assessment.loaders';
import { toResponseObject } from './dto/assessment.mapper';
import { ResponseObject } from './dto/response.object';
import { SearchArgs, SearchHitConnection, SearchHitObject } from './dto/search-hit.object';
import { SearchService } from './search.service';

@Resolver(() => SearchHitObject)
export class SearchResolver {
  constructor(private readonly searches: SearchService) {}

  @Query(() => SearchHitConnection, {
    description: 'Full-text search over the evidence and commentary of current assessments.',
  })
  search(
    @Args() args: SearchArgs,
    @Args('filter', {
      type: () => SectorFilterInput,
      nullable: true,
      description: 'Which part of the sector; all of it without one.',
    })
    filter: SectorFilterInput | null,
  ): Promise<Connection<SearchHitObject>> {
    return this.searches.search(args.query, filter ?? {}, pageRequest(args));
  }

  @ResolveField(() => ResponseObject, { description: 'The response found.' })
  async response(
    @Parent() hit: SearchHitObject,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ResponseObject> {
    return toResponseObject((await loaders.get(AssessmentLoaders).response.load(hit.responseId))!);
  }
}
