import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('FlagReview', { description: 'An analyst’s verdict that a flag is wrong.' })
export class FlagReviewObject {
  @Field()
  note!: string;

  @Field()
  reviewer!: string;

  @Field()
  reviewedAt!: Date;
}

@ObjectType('Flag', { description: 'A judgement on a response, with its reason.' })
export class FlagObject {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  responseId!: string;

  @Field({ description: 'boilerplate or contradiction.' })
  kind!: string;

  @Field()
  reason!: string;

  @Field({ description: 'Marked wrong by an analyst; it no longer counts.' })
  overruled!: boolean;
}
