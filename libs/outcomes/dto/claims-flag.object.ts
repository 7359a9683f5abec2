import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { LandlordObject } from '../../landlords/dto/landlord.object';
import { TenureValue } from './outcome-enums';

@ObjectType('ClaimsVsOutcomesFlag', {
  description:
    'A claim in a landlord’s current self-assessment that its published outcomes put in doubt.',
})
export class ClaimsFlagObject {
  @Field(() => LandlordObject, { description: 'The landlord whose claim is put in doubt.' })
  landlord!: LandlordObject;

  landlordId!: string;

  @Field({ description: 'The 2024 provision claimed (the first of a section).' })
  provision!: string;

  @Field({ description: 'The outcome measure, e.g. "CH02 stage 1".' })
  measure!: string;

  @Field(() => TenureValue, { description: 'The tenure the figure is for.' })
  tenure!: TenureValue;

  @Field(() => Int, { description: 'Financial year of the figure (2023 for 2023-24).' })
  year!: number;

  @Field(() => Float, { description: 'The landlord’s figure.' })
  value!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Median of every landlord’s figure that year.',
  })
  peerMedian!: number | null;

  @Field(() => Int, { description: 'Landlords with the figure that year.' })
  peerCount!: number;

  @Field({ description: 'The rule it was judged by, in plain words.' })
  rule!: string;

  @Field({ description: 'The rule’s id in ingest/outcomes/claims-rules.json.' })
  ruleId!: string;

  @Field({ description: 'Version of the rules the flag was judged under.' })
  rulesVersion!: string;

  @Field({ description: 'The flag in plain words, with its figures.' })
  text!: string;
}
