import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { LandlordObject } from '../../landlords/dto/landlord.object';
import { ScatterClaimValue } from './outcome-scatter.args';
import { TenureValue } from './outcome-enums';

@ObjectType('OutcomeScatterPoint', {
  description: 'A landlord with both the claim figure and a figure for the measure.',
})
export class OutcomeScatterPointObject {
  @Field(() => LandlordObject, { description: 'The landlord.' }) landlord!: LandlordObject;

  @Field(() => Float, {
    description: 'The claim figure the scatter sets across (0–1): see `OutcomeScatter.claim`.',
  })
  claim!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Declared compliance of its current assessment: yes / stated answers (0–1); null without a stated answer.',
  })
  declaredCompliance!: number | null;

  @Field(() => Int, { description: 'Its answers that are yes.' }) yes!: number;

  @Field(() => Int, { description: 'Its answers that are yes, partly or no.' }) stated!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Evidence quality of its current assessment: answers with evidence that is not standard wording / answers with evidence (0–1); null without evidence.',
  })
  evidenceQuality!: number | null;

  @Field(() => Int, { description: 'Its answers with evidence that is not standard wording.' })
  evidenced!: number;

  @Field(() => Int, { description: 'Its answers with evidence or commentary.' })
  withText!: number;

  @Field(() => Float, {
    description:
      'Its latest published figure (percentages 0–100; CH01 per 1,000 homes); figures published under several names linked to it are pooled into one.',
  })
  value!: number;

  @Field(() => Int, { description: 'The financial year of that figure (2023 for 2023-24).' })
  year!: number;

  @Field({ description: 'That year as published: "2023-24".' }) period!: string;
}

@ObjectType('OutcomeScatter', {
  description:
    'Declared compliance or evidence quality against one outcome measure for the landlords in a filter, with both medians.',
})
export class OutcomeScatterObject {
  @Field({ description: 'The measure, e.g. "CH02 stage 1".' }) measure!: string;

  @Field(() => TenureValue, { description: 'The tenure of the figures.' }) tenure!: TenureValue;

  @Field(() => ScatterClaimValue, { description: 'The claim figure set across.' })
  claim!: ScatterClaimValue;

  @Field(() => [String], {
    description:
      'The measures a scatter can show that have any figure in the sector, in the order offered; empty when no outcomes are imported.',
  })
  available!: string[];

  @Field(() => [TenureValue], {
    description: 'The tenures the measure has any figure for in the sector.',
  })
  tenures!: TenureValue[];

  @Field(() => Int, {
    description: 'Landlords in the filter with the claim figure (with or without the measure).',
  })
  claiming!: number;

  @Field(() => Int, {
    description:
      'Landlords in the filter with a figure for the measure and tenure (with or without the claim figure).',
  })
  measured!: number;

  @Field(() => [OutcomeScatterPointObject], {
    description: 'Landlords with both figures, by name; each landlord once.',
  })
  points!: OutcomeScatterPointObject[];

  @Field(() => Float, {
    nullable: true,
    description: 'Median claim figure of the points (0–1); null without points.',
  })
  medianClaim!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Median figure of the points for the measure; null without points.',
  })
  medianValue!: number | null;
}
