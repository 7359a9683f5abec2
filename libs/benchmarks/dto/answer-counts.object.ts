import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('SpecificityDistribution', {
  description:
    'How specific the evidence is (share of concrete words, 0–1), by percentile. In provisionBenchmarks without landlordIds the percentiles are read from rollups that count specificity rounded to hundredths: within 0.005 of the exact values. The mean is exact everywhere.',
})
export class SpecificityDistributionObject {
  @Field(() => Float, { description: '10th percentile.' }) p10!: number;
  @Field(() => Float, { description: '25th percentile.' }) p25!: number;
  @Field(() => Float, { description: 'Median.' }) median!: number;
  @Field(() => Float, { description: '75th percentile.' }) p75!: number;
  @Field(() => Float, { description: '90th percentile.' }) p90!: number;
  @Field(() => Float, { description: 'Mean.' }) mean!: number;
}

/** Answer counts over current assessments; shared by every benchmark row. */
@ObjectType({ isAbstract: true })
export class AnswerCountsObject {
  @Field(() => Int, { description: 'Answers of yes.' }) yes!: number;
  @Field(() => Int, { description: 'Answers of no.' }) no!: number;
  @Field(() => Int, { description: 'Answers of partly.' }) partial!: number;
  @Field(() => Int, { description: 'Answers of not applicable.' }) notApplicable!: number;
  @Field(() => Int, { description: 'Responses with no answer that could be read.' })
  notStated!: number;
  @Field(() => Int, { description: 'All responses counted.' }) total!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of responses with any text that are flagged boilerplate.',
  })
  boilerplateRate!: number | null;

  @Field(() => SpecificityDistributionObject, {
    nullable: true,
    description: 'How specific the evidence is across the responses counted; null with none.',
  })
  specificity!: SpecificityDistributionObject | null;
}

@ObjectType('ProvisionBenchmark', { description: 'How the sector answers one 2024 provision.' })
export class ProvisionBenchmarkObject extends AnswerCountsObject {
  @Field({ description: '2024 numbering (2022 answers counted through the mapping).' })
  provision!: string;

  @Field(() => Int, { description: 'The Code section it belongs to.' })
  section!: number;

  @Field({ description: 'What it asks for, in plain words.' })
  summary!: string;
}

@ObjectType('BenchmarkGroup', { description: 'One group of a provision’s breakdown.' })
export class BenchmarkGroupObject extends AnswerCountsObject {
  @Field(() => String, { nullable: true, description: 'The group; null where not known.' })
  group!: string | null;

  @Field(() => Int, { description: 'Assessments in the group.' })
  assessments!: number;
}
