import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { connectionOf, type Connection } from '../graphql/connection';
import { pageRequest } from '../graphql/page-request';
import { PageArgs } from '../graphql/page.args';
import { Loaders, RequestLoaders } from '../graphql/request-loaders';
import { LandlordLoaders } from '../landlords/landlord.loaders';
import { toLandlordObject } from '../landlords/dto/landlord.mapper';
import { LandlordObject } from '../landlords/dto/landlord.object';
import { SectorFilterInput } from '../landlords/dto/landlord-filter.input';
import { ProvisionEvidenceArgs } from './dto/provision-evidence.args';
import { AssessmentLoaders } from './assessment.loaders';
import { toAssessmentObject, toResponseObject } from './dto/assessment.mapper';
import { AssessmentObject } from './dto/assessment.object';
import { ResponseFilterInput } from './dto/response-filter.input';
import { ResponseConnection, type ResponseObject } from './dto/response.object';
import { SourceDocumentObject } from './dto/source-document.object';
import { EvidenceService } from './evidence.service';

@Resolver(() => AssessmentObject)
export class AssessmentsResolver {
  constructor(private readonly evidence: EvidenceService) {}

  @Query(() => AssessmentObject, {
    nullable: true,
    description: 'The assessment with this id; null when none has it.',
  })
  async assessment(
    @Args('id', { type: () => ID, description: 'An assessment id.' }, ParseUUIDPipe) id: string,
    @Loaders() loaders: RequestLoaders,
  ): Promise<AssessmentObject | null> {
    const found = await loaders.get(AssessmentLoaders).assessment.load(id);
    return found ? toAssessmentObject(found) : null;
  }

  @Query(() => ResponseConnection, {
    description:
      'How landlords evidence one provision: current assessments’ answers, the most specific first.',
  })
  provisionEvidence(
    @Args() args: ProvisionEvidenceArgs,
    @Args('filter', {
      type: () => SectorFilterInput,
      nullable: true,
      description: 'Which part of the sector; all of it without one.',
    })
    filter: SectorFilterInput | null,
  ): Promise<Connection<ResponseObject>> {
    return this.evidence.forProvision(args.provision, filter ?? {}, pageRequest(args));
  }

  @ResolveField(() => LandlordObject, {
    nullable: true,
    description: 'The registered landlord; null if unmatched.',
  })
  async landlord(
    @Parent() assessment: AssessmentObject,
    @Loaders() loaders: RequestLoaders,
  ): Promise<LandlordObject | null> {
    if (!assessment.landlordId) {
      return null;
    }
    const found = await loaders.get(LandlordLoaders).landlord.load(assessment.landlordId);
    return found ? toLandlordObject(found) : null;
  }

  @ResolveField(() => SourceDocumentObject, { description: 'The document it was read from.' })
  async source(
    @Parent() assessment: AssessmentObject,
    @Loaders() loaders: RequestLoaders,
  ): Promise<SourceDocumentObject | null> {
    return loaders.get(AssessmentLoaders).document.load(assessment.documentId);
  }

  @ResolveField(() => ResponseConnection, { description: 'Its responses, in document order.' })
  async responses(
    @Parent() assessment: AssessmentObject,
    @Args() page: PageArgs,
    @Args('filter', {
      type: () => ResponseFilterInput,
      nullable: true,
      description: 'Which responses; all without one.',
    })
    filter: ResponseFilterInput | null,
    @Loaders() loaders: RequestLoaders,
  ): Promise<Connection<ResponseObject>> {
    const all = await loaders.get(AssessmentLoaders).responsesOfAssessment.load(assessment.id);
    const wanted = all.filter(
      (r) =>
        (!filter?.compliance?.length || filter.compliance.includes(r.compliance as never)) &&
        (typeof filter?.boilerplate !== 'boolean' || r.boilerplate === filter.boilerplate) &&
        (!filter?.provisions?.length ||
          filter.provisions.includes(r.provision) ||
          (r.provision2024 !== null && filter.provisions.includes(r.provision2024))),
    );
    return connectionOf(wanted.map(toResponseObject), pageRequest(page));
  }
}
