import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../graphql/connection';
import { ReviewKind } from './review-kind.enum';

@ObjectType('ReviewItem', {
  description:
    'Something an analyst should check, with why, and the assessment or response concerned.',
})
export class ReviewItemObject {
  @Field(() => ID, {
    description: 'Stable for as long as the item is in the queue (made from what it is about).',
  })
  id!: string;

  @Field(() => ReviewKind, { description: 'What kind of item it is.' })
  kind!: ReviewKind;

  @Field({ description: 'Why it is in the queue, in plain words with its figures.' })
  reason!: string;

  @Field(() => Float, {
    description:
      'Higher first: the whole part is the kind (LOW_CONFIDENCE 5 … UNMATCHED_NAME 1), the fraction how much it matters within its kind.',
  })
  priority!: number;

  @Field(() => String, {
    nullable: true,
    description: 'For an unmatched name, the name as the outcome files give it.',
  })
  landlordName!: string | null;

  assessmentId!: string | null;
  responseId!: string | null;
}

@ObjectType({ description: 'A page of the review queue, most important first.' })
export class ReviewItemConnection extends ConnectionType(ReviewItemObject, 'ReviewItem') {}
