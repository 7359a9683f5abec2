import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class LinkAssessmentArgs {
  @Field(() => ID, { description: 'The assessment (and so its document) to link.' })
  @IsUUID()
  assessmentId!: string;

  @Field(() => ID, { description: 'The registered landlord it belongs to.' })
  @IsUUID()
  landlordId!: string;
}
