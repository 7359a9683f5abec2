import { ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { OperationsStatusObject } from '../operations/dto/operations.object';
import { AgreementRepository } from './agreement.repository';
import { AgreementObject } from './dto/agreement.object';
import type { CorrectionKindValue } from './dto/correction-kind.enum';

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** The operations view's agreement figures (operationsStatus is for analysts only). */
@Resolver(() => OperationsStatusObject)
export class AgreementResolver {
  constructor(private readonly dataSource: DataSource) {}

  @ResolveField(() => AgreementObject, {
    description: 'Share of reviewed rows that needed a correction, by kind.',
  })
  async agreement(): Promise<AgreementObject> {
    const figures = await new AgreementRepository(this.dataSource.manager).figures();
    return {
      ...figures,
      correctedShare: share(figures.correctedResponses, figures.reviewedResponses),
      byKind: figures.byKind.map((k) => ({
        ...k,
        kind: k.kind as CorrectionKindValue,
        share: share(k.corrected, k.reviewed),
      })),
    };
  }
}
