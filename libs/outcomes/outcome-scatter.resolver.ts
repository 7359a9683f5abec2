import { Args, Query, Resolver } from '@nestjs/graphql';
import { OutcomeScatterArgs } from './dto/outcome-scatter.args';
import { OutcomeScatterObject } from './dto/outcome-scatter.object';
import { OutcomeScatterService } from './outcome-scatter.service';

@Resolver(() => OutcomeScatterObject)
export class OutcomeScatterResolver {
  constructor(private readonly scatter: OutcomeScatterService) {}

  @Query(() => OutcomeScatterObject, {
    description:
      'Declared compliance or evidence quality against one outcome measure (its latest figure, by tenure) for the landlords in a filter, with medians: the overview’s scatter.',
  })
  outcomeScatter(
    @Args() { filter, measure, tenure, claim }: OutcomeScatterArgs,
  ): Promise<OutcomeScatterObject> {
    return this.scatter.scatter({ filter: filter ?? {}, measure: measure ?? null, tenure, claim });
  }
}
