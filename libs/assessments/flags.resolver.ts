import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { CallerRequest } from '../access/caller';
import { RequireRole } from '../access/require-role.decorator';
import { Loaders, RequestLoaders } from '../graphql/request-loaders';
import { AssessmentLoaders } from './assessment.loaders';
import { FlagObject, FlagReviewObject } from './dto/flag.object';
import { MarkFlagWrongArgs } from './dto/mark-flag-wrong.args';
import { FlagsService } from './flags.service';

@Resolver(() => FlagObject)
export class FlagsResolver {
  constructor(private readonly flags: FlagsService) {}

  @ResolveField(() => FlagReviewObject, { nullable: true, description: 'Why it was overruled.' })
  async review(
    @Parent() flag: FlagObject,
    @Loaders() loaders: RequestLoaders,
  ): Promise<FlagReviewObject | null> {
    const reviews = await loaders.get(AssessmentLoaders).reviewsOfResponse.load(flag.responseId);
    return reviews.find((r) => r.kind === flag.kind) ?? null;
  }

  @RequireRole('analyst')
  @Mutation(() => FlagObject, {
    description: 'Marks a flag wrong, with a note; later analyses keep the verdict (analysts).',
  })
  markFlagWrong(
    @Args() { flagId, note }: MarkFlagWrongArgs,
    @Context('req') request: CallerRequest,
  ): Promise<FlagObject> {
    return this.flags.markWrong(flagId, note, request.caller?.name ?? 'unknown');
  }
}
