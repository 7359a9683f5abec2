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

@ObjectType('ComparedLandlord')
export class ComparedLandlordObject {
  @Field(() => LandlordObject) landlord!: LandlordObject;
  @Field(() => ID, { nullable: true, description: 'Its current assessment; null if none.' })
  assessmentId!: string | null;
  @Field(() => Int) meets!: number;
  @Field(() => Int) partlyMeets!: number;
  @Field(() => Int) doesNotMeet!: number;
  @Field(() => Float, { nullable: true }) boilerplateRate!: number | null;
  @Field({ description: 'Its assessment in one plain sentence.' }) summary!: string;
}

@ObjectType('ComparedAnswer')
export class ComparedAnswerObject {
  @Field(() => ID) landlordId!: string;
  @Field(() => ID, { nullable: true }) responseId!: string | null;
  @Field(() => ComplianceValue) compliance!: ComplianceValue;
  @Field() answerLabel!: string;
  @Field() evidenceLabel!: string;
  @Field({ description: 'The evidence and commentary, shortened to about 300 characters.' })
  evidence!: string;
}

@ObjectType('ComparisonRow')
export class ComparisonRowObject {
  @Field() provision!: string;
  @Field() summary!: string;
  @Field({ description: 'Whether the landlords gave different answers.' }) differs!: boolean;
  @Field(() => [ComparedAnswerObject], {
    description: 'In the order the landlords were asked for.',
  })
  answers!: ComparedAnswerObject[];
}

@ObjectType('Comparison')
export class ComparisonObject {
  @Field(() => [ComparedLandlordObject]) landlords!: ComparedLandlordObject[];
  @Field(() => [ComparisonRowObject]) provisions!: ComparisonRowObject[];
}
