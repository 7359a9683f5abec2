import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { CorrectionKindValue } from './correction-kind.enum';

@ObjectType('KindAgreement', {
  description: 'Of the rows (or assessments) analysts reviewed, how many needed this correction.',
})
export class KindAgreementObject {
  @Field(() => CorrectionKindValue, { description: 'The kind of correction.' })
  kind!: CorrectionKindValue;

  @Field(() => Int, {
    description:
      'Reviewed responses (assessments, for landlord, period and year) with a correction of this kind in force.',
  })
  corrected!: number;

  @Field(() => Int, {
    description: 'Reviewed responses (assessments, for landlord, period and year).',
  })
  reviewed!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'corrected / reviewed, 0–1; null while nothing was reviewed.',
  })
  share!: number | null;
}

@ObjectType('Agreement', {
  description:
    'How often what was read needed correcting. A response is reviewed once an analyst confirmed (confirmResponse) or corrected it; an assessment once any of its values or responses was. Undone and dropped corrections do not count.',
})
export class AgreementObject {
  @Field(() => Int, { description: 'Responses analysts confirmed or corrected.' })
  reviewedResponses!: number;

  @Field(() => Int, { description: 'Of those, responses that needed any correction.' })
  correctedResponses!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'correctedResponses / reviewedResponses, 0–1; null while nothing was reviewed.',
  })
  correctedShare!: number | null;

  @Field(() => Int, { description: 'Assessments with any value or response reviewed.' })
  reviewedAssessments!: number;

  @Field(() => [KindAgreementObject], { description: 'The share corrected, by kind.' })
  byKind!: KindAgreementObject[];
}
