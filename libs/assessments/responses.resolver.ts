import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { findProvision } from '@ingest/code';
import { Loaders, RequestLoaders } from '../graphql/request-loaders';
import { AssessmentLoaders } from './assessment.loaders';
import { toAssessmentObject } from './dto/assessment.mapper';
import { AssessmentObject } from './dto/assessment.object';
import { FlagObject } from './dto/flag.object';
import { ResponseObject } from './dto/response.object';
import { ActionObject, CitedDocumentObject } from './dto/response-parts.object';

@Resolver(() => ResponseObject)
export class ResponsesResolver {
  @ResolveField(() => String, {
    nullable: true,
    description: 'What the 2024 provision asks for, in plain words.',
  })
  provisionSummary(@Parent() response: ResponseObject): string | null {
    return response.provision2024
      ? (findProvision('2024', response.provision2024)?.summary ?? null)
      : null;
  }

  @ResolveField(() => [FlagObject], { description: 'Boilerplate and contradiction flags.' })
  flags(@Parent() response: ResponseObject, @Loaders() loaders: RequestLoaders) {
    return loaders.get(AssessmentLoaders).flagsOfResponse.load(response.id);
  }

  @ResolveField(() => [CitedDocumentObject], {
    description: 'Policies and documents its evidence points to.',
  })
  citedDocuments(@Parent() response: ResponseObject, @Loaders() loaders: RequestLoaders) {
    return loaders.get(AssessmentLoaders).citedDocumentsOfResponse.load(response.id);
  }

  @ResolveField(() => [ActionObject], {
    description: 'What the landlord says it will do, with deadlines.',
  })
  actions(@Parent() response: ResponseObject, @Loaders() loaders: RequestLoaders) {
    return loaders.get(AssessmentLoaders).actionsOfResponse.load(response.id);
  }

  @ResolveField(() => AssessmentObject, { description: 'The assessment it belongs to.' })
  async assessment(
    @Parent() response: ResponseObject,
    @Loaders() loaders: RequestLoaders,
  ): Promise<AssessmentObject> {
    const found = await loaders.get(AssessmentLoaders).assessment.load(response.assessmentId);
    return toAssessmentObject(found!);
  }
}
