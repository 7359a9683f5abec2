import { Args, Query, Resolver } from '@nestjs/graphql';
import { AssessmentChangesArgs, AssessmentChangesObject } from './dto/assessment-changes.object';
import { HistoryService } from './history.service';

@Resolver()
export class HistoryResolver {
  constructor(private readonly history: HistoryService) {}

  @Query(() => AssessmentChangesObject, {
    nullable: true,
    description:
      'What changed between two of a landlord’s assessments (null when it has fewer than two).',
  })
  assessmentChanges(
    @Args() { landlordId, fromAssessmentId, toAssessmentId }: AssessmentChangesArgs,
  ): Promise<AssessmentChangesObject | null> {
    return this.history.changes(landlordId, fromAssessmentId ?? null, toAssessmentId ?? null);
  }
}
