import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { CodeEditionValue } from '../../assessments/dto/assessment-enums';

@ObjectType('EditionCoverage', { description: 'Current assessments of one Code edition.' })
export class EditionCoverageObject {
  @Field(() => CodeEditionValue, {
    nullable: true,
    description: 'Code edition; null where not detected.',
  })
  edition!: `${CodeEditionValue}` | null;

  @Field(() => Int, { description: 'Current assessments of it.' })
  assessments!: number;
}

@ObjectType('ProvisionGap', { description: 'A provision landlords often say they do not meet.' })
export class ProvisionGapObject {
  @Field({ description: 'The 2024 provision.' })
  provision!: string;

  @Field({ description: 'What it asks for, in plain words.' })
  summary!: string;

  @Field(() => Int, { description: 'Answers of no or partial.' })
  notMet!: number;

  @Field(() => Int, { description: 'Answers of yes, no or partial.' })
  stated!: number;

  @Field(() => Float, { description: 'notMet as a share of stated, 0–1.' })
  share!: number;
}

@ObjectType('SectorPhrase', { description: 'A boilerplate sentence many landlords share.' })
export class SectorPhraseObject {
  @Field({ description: 'The sentence, normalised.' })
  sentence!: string;

  @Field(() => Int, { description: 'Landlords who use it.' })
  landlords!: number;

  @Field(() => Int, { description: 'Responses that contain it.' })
  responses!: number;
}

@ObjectType('DistributionBucket', {
  description: 'Landlords whose rate falls in [from, to) (the last bucket includes 1).',
})
export class DistributionBucketObject {
  @Field(() => Float, { description: 'Lower bound, included.' }) from!: number;
  @Field(() => Float, { description: 'Upper bound, excluded except for the last.' }) to!: number;

  @Field(() => Int, {
    description: 'Landlords whose share of yes answers (of those stated) is here.',
  })
  compliance!: number;

  @Field(() => Int, { description: 'Landlords whose boilerplate rate is here.' })
  boilerplate!: number;
}

@ObjectType('SectorSummary', { description: 'The sector (or part of it) in figures.' })
export class SectorSummaryObject {
  @Field(() => Int, {
    description: 'Landlords in the registry (of the filter’s kinds, regions, sizes).',
  })
  registeredLandlords!: number;

  @Field(() => Int, { description: 'Registered landlords with a current assessment.' })
  assessedLandlords!: number;

  @Field(() => Int, { description: 'Current assessments not matched to a registered landlord.' })
  unmatchedAssessments!: number;

  @Field(() => [EditionCoverageObject], { description: 'Current assessments by Code edition.' })
  coverage!: EditionCoverageObject[];

  @Field(() => Int, { description: 'Assessments declaring every stated provision met.' })
  fullyCompliant!: number;

  @Field(() => Float, { nullable: true, description: 'fullyCompliant as a share of assessments.' })
  fullyCompliantShare!: number | null;

  @Field(() => Float, { nullable: true, description: 'Across all responses with text.' })
  boilerplateRate!: number | null;

  @Field(() => Int, { description: 'Answers contradicted by their own words.' })
  contradictions!: number;

  @Field(() => [ProvisionGapObject], { description: 'Provisions most often not met, worst first.' })
  mostNonCompliant!: ProvisionGapObject[];

  @Field(() => [SectorPhraseObject], {
    description: 'From the latest whole-sector analysis (not filtered).',
  })
  boilerplatePhrases!: SectorPhraseObject[];

  @Field(() => [DistributionBucketObject], {
    description: 'How landlords spread over compliance and boilerplate rates.',
  })
  landlordDistribution!: DistributionBucketObject[];

  @Field(() => Date, { nullable: true, description: 'When sector statistics were last computed.' })
  statisticsComputedAt!: Date | null;
}

@ObjectType('FilterOptions', { description: 'The values the sector filters can take.' })
export class FilterOptionsObject {
  @Field(() => [String], { description: 'Regions landlords are in.' }) regions!: string[];
  @Field(() => [Int], { description: 'Years assessments were completed.' }) years!: number[];
  @Field(() => [CodeEditionValue], { description: 'Code editions assessments answer.' })
  editions!: `${CodeEditionValue}`[];
}
