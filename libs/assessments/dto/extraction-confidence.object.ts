import { Field, Float, ObjectType } from '@nestjs/graphql';
import { ConfidenceLevelValue } from './assessment-enums';

@ObjectType('ExtractionConfidence', {
  description:
    'How sure extraction was of an assessment: from the structure found, the share of the form’s provisions found, the share with a readable answer and the cells that had to be guessed.',
})
export class ExtractionConfidenceObject {
  @Field(() => ConfidenceLevelValue, { description: 'How far it can be trusted as it stands.' })
  level!: `${ConfidenceLevelValue}`;

  @Field(() => Float, { description: '0–1, for ordering.' })
  score!: number;

  @Field(() => [String], { description: 'What lowered it, in plain sentences.' })
  reasons!: string[];
}
