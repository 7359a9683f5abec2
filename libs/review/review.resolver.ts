import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../access/require-role.decorator';
import { AssessmentLoaders } from '../assessments/assessment.loaders';
import { toAssessmentObject, toResponseObject } from '../assessments/dto/assessment.mapper';
import { AssessmentObject } from '../assessments/dto/assessment.object';
import { ResponseObject } from '../assessments/dto/response.object';
import type { Connection } from '../graphql/connection';
import { pageRequest } from '../graphql/page-request';
import { Loaders, RequestLoaders } from '../graphql/request-loaders';
import { ReviewItemConnection, ReviewItemObject } from './dto/review-item.object';
import { ReviewQueueArgs } from './dto/review-queue.args';
import { ReviewSourceObject } from './dto/review-source.object';
import { ReviewLoaders } from './review.loaders';
import { ReviewService } from './review.service';

/** Analysts only: what to check, and the source to check it against. */
@RequireRole('analyst')
@Resolver(() => ReviewItemObject)
export class ReviewResolver {
  constructor(private readonly review: ReviewService) {}

  @Query(() => ReviewItemConnection, {
    description:
      'What analysts should check, most important first: low-confidence extractions, answers their own words contradict, claims the outcomes doubt, flags on landlords with few assessments, unmatched outcome names. An item leaves once an analyst has judged its flag (analysts).',
  })
  reviewQueue(@Args() args: ReviewQueueArgs): Promise<Connection<ReviewItemObject>> {
    return this.review.queue(pageRequest(args), args.kind ?? null);
  }

  @ResolveField(() => AssessmentObject, {
    nullable: true,
    description: 'The assessment concerned; null for an unmatched name.',
  })
  async assessment(
    @Parent() item: ReviewItemObject,
    @Loaders() loaders: RequestLoaders,
  ): Promise<AssessmentObject | null> {
    const found = item.assessmentId
      ? await loaders.get(AssessmentLoaders).assessment.load(item.assessmentId)
      : null;
    return found ? toAssessmentObject(found) : null;
  }

  @ResolveField(() => ResponseObject, {
    nullable: true,
    description:
      'The response concerned (for a low-confidence assessment, its least sure answer); null where there is none.',
  })
  async response(
    @Parent() item: ReviewItemObject,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ResponseObject | null> {
    const found = item.responseId
      ? await loaders.get(AssessmentLoaders).response.load(item.responseId)
      : null;
    return found ? toResponseObject(found) : null;
  }

  @ResolveField(() => ReviewSourceObject, {
    nullable: true,
    description: 'Where the response was read from, to show beside its values; null without one.',
  })
  async source(
    @Parent() item: ReviewItemObject,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ReviewSourceObject | null> {
    const assessments = loaders.get(AssessmentLoaders);
    const response = item.responseId ? await assessments.response.load(item.responseId) : null;
    const assessment = response ? await assessments.assessment.load(response.assessmentId) : null;
    const document = assessment ? await assessments.document.load(assessment.documentId) : null;
    return response && document
      ? this.review.source(response, document, loaders.get(ReviewLoaders))
      : null;
  }
}
