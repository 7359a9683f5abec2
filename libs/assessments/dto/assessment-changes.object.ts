import { ArgsType, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { AssessmentObject } from './assessment.object';
import { ComplianceValue } from './compliance.enum';

@ArgsType()
export class AssessmentChangesArgs {
  @Field(() => ID, { description: 'The landlord whose assessments to compare.' })
  @IsUUID()
  landlordId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The earlier assessment; by default the one before `to`.',
  })
  @IsOptional()
  @IsUUID()
  fromAssessmentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The later assessment; by default the newest.' })
  @IsOptional()
  @IsUUID()
  toAssessmentId?: string | null;
}

@ObjectType('ProvisionChange', { description: 'How one provision’s answer and words changed.' })
export class ProvisionChangeObject {
  @Field({ description: '2024 numbering.' }) provision!: string;
  @Field(() => ComplianceValue, { nullable: true, description: 'The earlier answer, if any.' })
  before!: ComplianceValue | null;
  @Field(() => ComplianceValue, { nullable: true, description: 'The later answer, if any.' })
  after!: ComplianceValue | null;
  @Field({ description: 'Whether the answer differs.' }) answerChanged!: boolean;

  @Field(() => Float, {
    nullable: true,
    description:
      'How much the words changed: 0 copied forward, 1 all new; null where a year has no text.',
  })
  modification!: number | null;
}

@ObjectType('AssessmentChanges', {
  description: 'What changed from one of a landlord’s assessments to a later one.',
})
export class AssessmentChangesObject {
  @Field(() => AssessmentObject, { description: 'The earlier assessment.' })
  from!: AssessmentObject;
  @Field(() => AssessmentObject, { description: 'The later assessment.' }) to!: AssessmentObject;
  @Field(() => Int, { description: 'Provisions whose answer changed.' }) answersChanged!: number;
  @Field(() => Int, { description: 'Provisions whose words barely changed (modification < 0.1).' })
  copiedForward!: number;
  @Field(() => [ProvisionChangeObject], { description: 'Every provision, in 2024 order.' })
  changes!: ProvisionChangeObject[];
}
