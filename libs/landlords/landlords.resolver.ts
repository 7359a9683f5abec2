import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AssessmentLoaders } from '../assessments/assessment.loaders';
import { toAssessmentObject } from '../assessments/dto/assessment.mapper';
import { AssessmentConnection, AssessmentObject } from '../assessments/dto/assessment.object';
import { RequireRole } from '../access/require-role.decorator';
import { connectionOf, type Connection } from '../graphql/connection';
import { pageRequest } from '../graphql/page-request';
import { PageArgs } from '../graphql/page.args';
import { Loaders, RequestLoaders } from '../graphql/request-loaders';
import { LandlordFilterInput } from './dto/landlord-filter.input';
import { LandlordInput } from './dto/landlord.input';
import { LandlordConnection, LandlordObject } from './dto/landlord.object';
import { LandlordsService } from './landlords.service';

@Resolver(() => LandlordObject)
export class LandlordsResolver {
  constructor(private readonly directory: LandlordsService) {}

  @Query(() => LandlordConnection, {
    description: 'Landlords by name, in part of the sector, optionally searched by name.',
  })
  landlords(
    @Args() page: PageArgs,
    @Args('filter', {
      type: () => LandlordFilterInput,
      nullable: true,
      description: 'Which landlords; all without one.',
    })
    filter: LandlordFilterInput | null,
  ): Promise<Connection<LandlordObject>> {
    return this.directory.page(filter ?? {}, pageRequest(page));
  }

  @Query(() => LandlordObject, {
    nullable: true,
    description: 'The landlord with this id; null when none has it.',
  })
  landlord(
    @Args('id', { type: () => ID, description: 'A landlord id.' }, ParseUUIDPipe) id: string,
  ): Promise<LandlordObject | null> {
    return this.directory.find(id);
  }

  @ResolveField(() => AssessmentConnection, { description: 'Every assessment, newest first.' })
  async assessments(
    @Parent() landlord: LandlordObject,
    @Args() page: PageArgs,
    @Loaders() loaders: RequestLoaders,
  ): Promise<Connection<AssessmentObject>> {
    const all = await loaders.get(AssessmentLoaders).assessmentsOfLandlord.load(landlord.id);
    return connectionOf(all.map(toAssessmentObject), pageRequest(page));
  }

  @ResolveField(() => AssessmentObject, {
    nullable: true,
    description: 'The latest assessment not replaced by a corrected version.',
  })
  async currentAssessment(
    @Parent() landlord: LandlordObject,
    @Loaders() loaders: RequestLoaders,
  ): Promise<AssessmentObject | null> {
    const assessments = loaders.get(AssessmentLoaders);
    const current = await assessments.currentAssessmentOfLandlord.load(landlord.id);
    const found = current ? await assessments.assessment.load(current.id) : null;
    return found ? toAssessmentObject(found) : null;
  }

  @RequireRole('analyst')
  @Mutation(() => LandlordObject, { description: 'Adds a landlord, or corrects one (analysts).' })
  saveLandlord(
    @Args('input', { description: 'The landlord’s details.' }) input: LandlordInput,
  ): Promise<LandlordObject> {
    return this.directory.save(input);
  }
}
