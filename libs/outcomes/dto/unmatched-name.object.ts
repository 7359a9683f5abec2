import { Field, Int, ObjectType } from '@nestjs/graphql';
import { LandlordObject } from '../../landlords/dto/landlord.object';
import { OutcomeSourceValue } from './outcome-enums';

@ObjectType('UnmatchedOutcomeName', {
  description: 'A name in an outcome source that matches no landlord.',
})
export class UnmatchedNameObject {
  @Field()
  name!: string;

  @Field(() => OutcomeSourceValue)
  source!: OutcomeSourceValue;

  @Field(() => Int)
  rows!: number;

  @Field(() => [Int])
  years!: number[];
}

@ObjectType('OutcomeNameLink', { description: 'A name linked to a landlord by an analyst.' })
export class NameLinkObject {
  @Field()
  name!: string;

  @Field(() => LandlordObject)
  landlord!: LandlordObject;

  @Field(() => Int, { description: 'Outcome rows now counted for the landlord.' })
  rowsLinked!: number;
}
