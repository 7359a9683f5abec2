import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { CallerRequest } from '../access/caller';
import { ResponseObject } from '../assessments/dto/response.object';
import { Loaders, RequestLoaders } from '../graphql/request-loaders';
import { CorrectionLoaders } from './correction.loaders';
import { CorrectionKindValue } from './dto/correction-kind.enum';
import { toCorrectionObject } from './dto/correction.mapper';
import { CorrectionObject } from './dto/correction.object';

/** Whether and how a response was corrected. */
@Resolver(() => ResponseObject)
export class ResponseCorrectionsResolver {
  @ResolveField(() => [CorrectionKindValue], {
    description:
      'What analysts corrected in it (answer, evidence, commentary, or the whole row added), in force; empty where it is as read.',
  })
  async correctedValues(
    @Parent() response: ResponseObject,
    @Loaders() loaders: RequestLoaders,
  ): Promise<CorrectionKindValue[]> {
    const corrections = await loaders.get(CorrectionLoaders).activeOfResponse.load(response.id);
    const kinds = corrections.map((c) => c.kind as CorrectionKindValue);
    return [...new Set(kinds)].filter((k) => k !== CorrectionKindValue.CONFIRMED);
  }

  @ResolveField(() => [CorrectionObject], {
    nullable: true,
    description:
      'The corrections and confirmations in force on it, newest first, with who made them and why; null for callers who are not analysts.',
  })
  async corrections(
    @Parent() response: ResponseObject,
    @Loaders() loaders: RequestLoaders,
    @Context('req') request: CallerRequest,
  ): Promise<CorrectionObject[] | null> {
    if (request.caller?.role !== 'analyst') {
      return null;
    }
    const corrections = await loaders.get(CorrectionLoaders).activeOfResponse.load(response.id);
    return corrections.map(toCorrectionObject);
  }
}
