import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Node } from '../../graphql/node.interface';
import { FlagKindValue } from './assessment-enums';

@ObjectType('FlagReview', { description: 'An analyst’s verdict that a flag is wrong.' })
export class FlagReviewObject {
  @Field({ description: 'Why the analyst judged the flag wrong.' })
  note!: string;

  @Field({ description: 'The name of the analyst’s API key.' })
  reviewer!: string;

  @Field({ description: 'When the verdict was given.' })
  reviewedAt!: Date;
}

@ObjectType('Flag', {
  description: 'A judgement on a response, with its reason.',
  implements: () => [Node],
})
export class FlagObject {
  @Field(() => ID, { description: 'Its id (a UUID), also its global Node id.' })
  id!: string;

  @Field(() => ID, { description: 'The response it is about.' })
  responseId!: string;

  @Field(() => FlagKindValue, { description: 'What it says about the response.' })
  kind!: `${FlagKindValue}`;

  @Field({ description: 'Why it was raised, in plain words.' })
  reason!: string;

  @Field({ description: 'Marked wrong by an analyst; it no longer counts.' })
  overruled!: boolean;
}
