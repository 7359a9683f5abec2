import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('EditionCoverage')
export class EditionCoverageObject {
  @Field(() => String, { nullable: true, description: 'Code edition; null where not detected.' })
  edition!: string | null;

  @Field(() => Int)
  assessments!: number;
}

@ObjectType('ProvisionGap', { description: 'A provision landlords often say they do not meet.' })
export class ProvisionGapObject {
  @Field()
  provision!: string;

  @Field()
  summary!: string;

  @Field(() => Int, { description: 'Answers of no or partial.' })
  notMet!: number;

  @Field(() => Int, { description: 'Answers of yes, no or partial.' })
  stated!: number;

  @Field(() => Float)
  share!: number;
}

@ObjectType('SectorPhrase', { description: 'A boilerplate sentence many landlords share.' })
export class SectorPhraseObject {
  @Field()
  sentence!: string;

  @Field(() => Int, { description: 'Landlords who use it.' })
  landlords!: number;

  @Field(() => Int)
  responses!: number;
}

@ObjectType('DistributionBucket', {
  description: 'Landlords whose rate falls in [from, to) (the last bucket includes 1).',
})
export class DistributionBucketObject {
  @Field(() => Float) from!: number;
  @Field(() => Float) to!: number;

  @Field(() => Int, {
    description: 'Landlords whose share of yes answers (of those stated) is here.',
  })
  compliance!: number;

  @Field(() => Int, { description: 'Landlords whose boilerplate rate is here.' })
  boilerplate!: number;
}

@ObjectType('SectorSummary')
export class SectorSummaryObject {
  @Field(() => Int, {
    description: 'Landlords in the registry (of the filter’s kinds, regions, sizes).',
  })
  registeredLandlords!: number;

  @Field(() => Int, { description: 'Registered landlords with a current assessment.' })
  assessedLandlords!: number;

  @Field(() => Int, { description: 'Current assessments not matched to a registered landlord.' })
  unmatchedAssessments!: number;

  @Field(() => [EditionCoverageObject])
  coverage!: EditionCoverageObject[];

  @Field(() => Int, { description: 'Assessments declaring every stated provision met.' })
  fullyCompliant!: number;

  @Field(() => Float, { nullable: true })
  fullyCompliantShare!: number | null;

  @Field(() => Float, { nullable: true, description: 'Across all responses with text.' })
  boilerplateRate!: number | null;

  @Field(() => Int, { description: 'Answers contradicted by their own words.' })
  contradictions!: number;

  @Field(() => [ProvisionGapObject])
  mostNonCompliant!: ProvisionGapObject[];

  @Field(() => [SectorPhraseObject], {
    description: 'From the latest whole-sector analysis (not filtered).',
  })
  boilerplatePhrases!: SectorPhraseObject[];

  @Field(() => [DistributionBucketObject])
  landlordDistribution!: DistributionBucketObject[];

  @Field(() => Date, { nullable: true })
  statisticsComputedAt!: Date | null;
}

@ObjectType('FilterOptions', { description: 'The values the sector filters can take.' })
export class FilterOptionsObject {
  @Field(() => [String]) regions!: string[];
  @Field(() => [Int]) years!: number[];
  @Field(() => [String]) editions!: string[];
}
