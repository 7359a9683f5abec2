import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../access/require-role.decorator';
import { AssessmentObject } from './dto/assessment.object';
import { LinkAssessmentArgs } from './dto/link-assessment.args';
import { LandlordLinksService } from './landlord-links.service';

@Resolver()
export class LandlordLinksResolver {
  constructor(private readonly links: LandlordLinksService) {}

  @RequireRole('analyst')
  @Mutation(() => AssessmentObject, {
    description:
      'Links an assessment and its document to a registered landlord, for one the matcher could not place (analysts).',
  })
  linkAssessmentToLandlord(
    @Args() { assessmentId, landlordId }: LinkAssessmentArgs,
  ): Promise<AssessmentObject> {
    return this.links.link(assessmentId, landlordId);
  }
}
