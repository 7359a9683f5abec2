import { Field, Int, ObjectType } from '@nestjs/graphql';
import { LandlordObject } from '../../landlords/dto/landlord.object';
import { OutcomeSourceValue } from './outcome-enums';

@ObjectType('UnmatchedOutcomeName', {
  description: 'A name in an outcome source that matches no landlord.',
})
export class UnmatchedNameObject {
  @Field({ description: 'The name as the source gives it.' })
  name!: string;

  @Field(() => OutcomeSourceValue, { description: 'The source that names it.' })
  source!: OutcomeSourceValue;

  @Field(() => Int, { description: 'Rows under that name, not counted for any landlord.' })
  rows!: number;

  @Field(() => [Int], { description: 'Financial years of those rows (2023 for 2023-24).' })
  years!: number[];
}

@ObjectType('OutcomeNameLink', { description: 'A name linked to a landlord by an analyst.' })
export class NameLinkObject {
  @Field({ description: 'The name linked.' })
  name!: string;

  @Field(() => LandlordObject, { description: 'The landlord it now counts for.' })
  landlord!: LandlordObject;

  @Field(() => Int, { description: 'Outcome rows now counted for the landlord.' })
  rowsLinked!: number;
}
