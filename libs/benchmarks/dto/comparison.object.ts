import { ArgsType, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsUUID } from 'class-validator';
import { ComplianceValue } from '../../assessments/dto/compliance.enum';
import { LandlordObject } from '../../landlords/dto/landlord.object';

export const MAX_COMPARED = 10;

@ArgsType()
export class CompareArgs {
  @Field(() => [ID], { description: `2 to ${MAX_COMPARED} landlords.` })
  @ArrayMinSize(2, { message: 'compare at least 2 landlords' })
  @ArrayMaxSize(MAX_COMPARED, { message: `compare at most ${MAX_COMPARED} landlords` })
  @IsUUID('all', { each: true })
  landlordIds!: string[];
}

@ObjectType('ComparedLandlord', { description: 'One landlord of a comparison, in figures.' })
export class ComparedLandlordObject {
  @Field(() => LandlordObject, { description: 'The landlord.' }) landlord!: LandlordObject;
  @Field(() => ID, { nullable: true, description: 'Its current assessment; null if none.' })
  assessmentId!: string | null;
  @Field(() => Int, { description: 'Provisions it says it meets.' }) meets!: number;
  @Field(() => Int, { description: 'Provisions it says it partly meets.' }) partlyMeets!: number;
  @Field(() => Int, { description: 'Provisions it says it does not meet.' }) doesNotMeet!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Share of its responses with text that are boilerplate.',
  })
  boilerplateRate!: number | null;
  @Field({ description: 'Its assessment in one plain sentence.' }) summary!: string;
}

@ObjectType('ComparedAnswer', { description: 'One landlord’s answer to a provision.' })
export class ComparedAnswerObject {
  @Field(() => ID, { description: 'The landlord who gave it.' }) landlordId!: string;
  @Field(() => ID, { nullable: true, description: 'The response; null where it did not answer.' })
  responseId!: string | null;
  @Field(() => ComplianceValue, { description: 'Its answer, normalised.' })
  compliance!: ComplianceValue;
  @Field({ description: 'The answer in plain words.' }) answerLabel!: string;
  @Field({ description: 'How good the evidence is, in plain words.' }) evidenceLabel!: string;
  @Field({ description: 'The evidence and commentary, shortened to about 300 characters.' })
  evidence!: string;
}

@ObjectType('ComparisonRow', { description: 'One provision, every landlord’s answer.' })
export class ComparisonRowObject {
  @Field({ description: 'The 2024 provision.' }) provision!: string;
  @Field({ description: 'What the provision asks for, in plain words.' }) summary!: string;
  @Field({ description: 'Whether the landlords gave different answers.' }) differs!: boolean;
  @Field(() => [ComparedAnswerObject], {
    description: 'In the order the landlords were asked for.',
  })
  answers!: ComparedAnswerObject[];
}

@ObjectType('Comparison', { description: 'Landlords side by side.' })
export class ComparisonObject {
  @Field(() => [ComparedLandlordObject], { description: 'The landlords, in the order asked for.' })
  landlords!: ComparedLandlordObject[];
  @Field(() => [ComparisonRowObject], { description: 'One row per 2024 provision.' })
  provisions!: ComparisonRowObject[];
}
