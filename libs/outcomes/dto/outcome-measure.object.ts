import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { OutcomeSourceValue, TenureValue } from './outcome-enums';

@ObjectType('OutcomeProvenance', { description: 'Where a figure was read.' })
export class OutcomeProvenanceObject {
  @Field({ description: 'The name of the file imported.' })
  fileName!: string;

  @Field({ description: 'SHA-256 of the file imported.' })
  sha256!: string;

  @Field({ description: 'The sheet it was read from (the file name for a CSV).' })
  sheet!: string;

  @Field(() => Int, { nullable: true, description: 'Null for a figure counted over many rows.' })
  row!: number | null;
}

@ObjectType('OutcomeMeasure', {
  description: 'One published outcome figure of a landlord, for one year and tenure.',
})
export class OutcomeMeasureObject {
  @Field(() => OutcomeSourceValue, { description: 'Which publication the figure comes from.' })
  source!: OutcomeSourceValue;

  @Field({
    description:
      '"CH01 stage 1", "CH02 stage 2", "TP09", "HOS maladministration rate", "HOS findings", "CHFO".',
  })
  measure!: string;

  @Field(() => Int, {
    description: 'Financial year by its first calendar year (2023 for 2023-24).',
  })
  year!: number;

  @Field({ description: '"2023-24".' })
  period!: string;

  @Field(() => TenureValue, { description: 'The tenure the figure is for.' })
  tenure!: TenureValue;

  @Field(() => Float, {
    nullable: true,
    description: 'Percentages 0–100; CH01 per 1,000 homes; counts for HOS findings and CHFO.',
  })
  value!: number | null;

  @Field(() => String, {
    nullable: true,
    description: '[X], [Z], [E], [U]… where no figure was published.',
  })
  marker!: string | null;

  @Field(() => Float, { nullable: true, description: 'The numerator, where published.' })
  numerator!: number | null;

  @Field(() => Float, { nullable: true, description: 'The denominator, where published.' })
  denominator!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'A count (HOS findings, CHFO) per 1,000 homes, where the landlord’s homes are known.',
  })
  perThousandHomes!: number | null;

  @Field(() => String, { nullable: true, description: 'PRP, LARP, LA… as published that year.' })
  landlordType!: string | null;

  @Field(() => OutcomeProvenanceObject, { description: 'Where the figure was read.' })
  provenance!: OutcomeProvenanceObject;
}
