import { Field, ID, ObjectType } from '@nestjs/graphql';
import { CodeEditionValue } from '../../assessments/dto/assessment-enums';
import { ExtractionConfidenceObject } from '../../assessments/dto/extraction-confidence.object';
import { SourceDocumentObject } from '../../assessments/dto/source-document.object';
import { ConnectionType } from '../../graphql/connection';

@ObjectType('LowConfidenceAssessment', {
  description:
    'A current assessment whose extraction is not to be trusted as it stands: its answers may not have been read.',
})
export class LowConfidenceAssessmentObject {
  @Field(() => ID, { description: 'The assessment.' })
  id!: string;

  @Field(() => ExtractionConfidenceObject, { description: 'How sure extraction was, and why.' })
  confidence!: ExtractionConfidenceObject;

  @Field(() => SourceDocumentObject, { description: 'The document it was read from.' })
  source!: SourceDocumentObject;

  @Field(() => ID, { nullable: true, description: 'The registered landlord; null if unmatched.' })
  landlordId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The registered landlord, else the name the document gives.',
  })
  landlord!: string | null;

  @Field(() => CodeEditionValue, {
    nullable: true,
    description: 'Code edition; null where not detected.',
  })
  edition!: CodeEditionValue | null;

  @Field(() => String, {
    nullable: true,
    description: 'The period it covers, as the document states it.',
  })
  period!: string | null;

  @Field({ description: 'When it was stored.' })
  createdAt!: Date;
}

@ObjectType({ description: 'A page of low-confidence assessments.' })
export class LowConfidenceAssessmentConnection extends ConnectionType(
  LowConfidenceAssessmentObject,
  'LowConfidenceAssessment',
) {}
