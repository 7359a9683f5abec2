import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('SpecificityDistribution', {
  description: 'How specific the evidence is (share of concrete words, 0–1), by percentile.',
})
export class SpecificityDistributionObject {
  @Field(() => Float) p10!: number;
  @Field(() => Float) p25!: number;
  @Field(() => Float) median!: number;
  @Field(() => Float) p75!: number;
  @Field(() => Float) p90!: number;
  @Field(() => Float) mean!: number;
}

/** Answer counts over current assessments; shared by every benchmark row. */
@ObjectType({ isAbstract: true })
export class AnswerCountsObject {
  @Field(() => Int) yes!: number;
  @Field(() => Int) no!: number;
  @Field(() => Int) partial!: number;
  @Field(() => Int) notApplicable!: number;
  @Field(() => Int) notStated!: number;
  @Field(() => Int, { description: 'All responses counted.' }) total!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of responses with any text that are flagged boilerplate.',
  })
  boilerplateRate!: number | null;

  @Field(() => SpecificityDistributionObject, { nullable: true })
  specificity!: SpecificityDistributionObject | null;
}

@ObjectType('ProvisionBenchmark', { description: 'How the sector answers one 2024 provision.' })
export class ProvisionBenchmarkObject extends AnswerCountsObject {
  @Field({ description: '2024 numbering (2022 answers counted through the mapping).' })
  provision!: string;

  @Field(() => Int)
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
