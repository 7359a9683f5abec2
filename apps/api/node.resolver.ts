import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { AssessmentLoaders } from '@chc/assessments/assessment.loaders';
import { toAssessmentObject, toResponseObject } from '@chc/assessments/dto/assessment.mapper';
import { Loaders, Node, RequestLoaders } from '@chc/graphql';
import { LandlordLoaders } from '@chc/landlords/landlord.loaders';
import { toLandlordObject } from '@chc/landlords/dto/landlord.mapper';
import { NodeTypesRepository } from './node-types.repository';

type Found = object | null | undefined;

/** Relay's `node(id:)`: any object with an id, fetched again by it alone. */
@Resolver(() => Node)
export class NodeResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Query(() => Node, {
    nullable: true,
    description:
      'The object with this id (Landlord, Assessment, Response, Flag or SourceDocument); null when nothing has it.',
  })
  async node(
    @Args(
      'id',
      { type: () => ID, description: 'An id, as any Node’s `id` gives it.' },
      ParseUUIDPipe,
    )
    id: string,
    @Loaders() loaders: RequestLoaders,
  ): Promise<Found> {
    const nodes = new NodeTypesRepository(this.dataSource.manager);
    const typename = await nodes.typeOf(id);
    const assessments = loaders.get(AssessmentLoaders);
    let found: Found = null;
    if (typename === 'Landlord') {
      const landlord = await loaders.get(LandlordLoaders).landlord.load(id);
      found = landlord && toLandlordObject(landlord);
    } else if (typename === 'Assessment') {
      const assessment = await assessments.assessment.load(id);
      found = assessment && toAssessmentObject(assessment);
    } else if (typename === 'Response') {
      const response = await assessments.response.load(id);
      found = response && toResponseObject(response);
    } else if (typename === 'Flag') {
      found = await nodes.flag(id);
    } else if (typename === 'SourceDocument') {
      found = await assessments.document.load(id);
    }
    return found ? { ...found, __typename: typename } : null;
  }
}
