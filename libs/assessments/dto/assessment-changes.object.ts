import { ArgsType, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { AssessmentObject } from './assessment.object';
import { ComplianceValue } from './compliance.enum';

@ArgsType()
export class AssessmentChangesArgs {
  @Field(() => ID)
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

@ObjectType('ProvisionChange')
export class ProvisionChangeObject {
  @Field({ description: '2024 numbering.' }) provision!: string;
  @Field(() => ComplianceValue, { nullable: true }) before!: ComplianceValue | null;
  @Field(() => ComplianceValue, { nullable: true }) after!: ComplianceValue | null;
  @Field() answerChanged!: boolean;

  @Field(() => Float, {
    nullable: true,
    description:
      'How much the words changed: 0 copied forward, 1 all new; null where a year has no text.',
  })
  modification!: number | null;
}

@ObjectType('AssessmentChanges')
export class AssessmentChangesObject {
  @Field(() => AssessmentObject) from!: AssessmentObject;
  @Field(() => AssessmentObject) to!: AssessmentObject;
  @Field(() => Int) answersChanged!: number;
  @Field(() => Int, { description: 'Provisions whose words barely changed (modification < 0.1).' })
  copiedForward!: number;
  @Field(() => [ProvisionChangeObject]) changes!: ProvisionChangeObject[];
}
