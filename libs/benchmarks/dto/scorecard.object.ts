import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ComplianceValue } from '../../assessments/dto/compliance.enum';
import { AssessmentObject } from '../../assessments/dto/assessment.object';
import { LandlordObject } from '../../landlords/dto/landlord.object';

export enum PeerGroupValue {
  SECTOR = 'sector',
  SAME_KIND = 'kind',
  SAME_SIZE_BAND = 'sizeBand',
  SAME_REGION = 'region',
  SIMILAR = 'similar',
}

registerEnumType(PeerGroupValue, {
  name: 'PeerGroup',
  description: 'Whom to compare with; SIMILAR is the same kind and size band.',
  valuesMap: {
    SIMILAR: { description: 'Same kind and size band.' },
    SAME_KIND: { description: 'Same kind.' },
    SAME_REGION: { description: 'Same region.' },
    SAME_SIZE_BAND: { description: 'Same size band.' },
    SECTOR: { description: 'Every other landlord.' },
  },
});

@ObjectType('ScorecardRow', { description: 'One provision: the landlord against its peers.' })
export class ScorecardRowObject {
  @Field({ description: 'The 2024 provision.' }) provision!: string;
  @Field({ description: 'What the provision asks for, in plain words.' }) summary!: string;
  @Field(() => ID, { description: 'The landlord’s response.' }) responseId!: string;
  @Field(() => ComplianceValue, { description: 'Its answer, normalised.' })
  compliance!: ComplianceValue;
  @Field({ description: 'The answer in plain words.' }) answerLabel!: string;
  @Field({ description: 'Whether its evidence is boilerplate.' }) boilerplate!: boolean;
  @Field(() => Float, { description: 'Share of its words that are concrete details, 0–1.' })
  specificity!: number;
  @Field({ description: 'How good the evidence is, in plain words.' }) evidenceLabel!: string;
  @Field(() => Int, { description: 'Peers who answered this provision.' }) peers!: number;
  @Field(() => Float, { nullable: true, description: 'Share of peers answering yes.' })
  peersYesShare!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Share of peers’ responses that are boilerplate.',
  })
  peersBoilerplateRate!: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'Peers’ median specificity, 0–1, over specificity rounded to hundredths (within 0.005 of the exact median).',
  })
  peersMedianSpecificity!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Share of peers whose evidence here is less specific (0–1), at hundredths of specificity: peers whose specificity, rounded to hundredths, is below the landlord’s, rounded.',
  })
  specificityPercentile!: number | null;
}

@ObjectType('ScorecardSection', {
  description: 'One section of the Code: the landlord’s share of yes answers beside its peers’.',
})
export class ScorecardSectionObject {
  @Field(() => Int, { description: 'Section number in the 2024 Code.' }) section!: number;
  @Field({ description: 'Section title.' }) title!: string;
  @Field(() => Int, { description: 'The landlord’s answers in the section.' }) answers!: number;
  @Field(() => Int, { description: 'Of those, answers that are yes.' }) yes!: number;
  @Field(() => Float, { nullable: true, description: 'yes / answers.' }) yesShare!: number | null;
  @Field(() => Int, { description: 'Peers’ answers to the same provisions.' })
  peerAnswers!: number;
  @Field(() => Int, { description: 'Of those, answers that are yes.' }) peersYes!: number;
  @Field(() => Float, { nullable: true, description: 'peersYes / peerAnswers.' })
  peersYesShare!: number | null;
}

@ObjectType('Scorecard', { description: 'A landlord’s current assessment against its peers.' })
export class ScorecardObject {
  @Field(() => LandlordObject, { description: 'The landlord.' }) landlord!: LandlordObject;
  @Field(() => AssessmentObject, { description: 'Its current assessment.' })
  assessment!: AssessmentObject;
  @Field(() => PeerGroupValue, { description: 'Whom it is compared with.' })
  peerGroup!: PeerGroupValue;
  @Field({ description: 'The peer group in words.' }) peerDescription!: string;
  @Field(() => Int, { description: 'Peer assessments compared with.' }) peerAssessments!: number;
  @Field(() => Float, { nullable: true, description: 'Share of its stated answers that are yes.' })
  yesShare!: number | null;
  @Field(() => Float, { nullable: true, description: 'Share of peers answering yes.' })
  peersYesShare!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Share of its responses with text that are boilerplate.',
  })
  boilerplateRate!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Share of peers’ responses that are boilerplate.',
  })
  peersBoilerplateRate!: number | null;
  @Field({ description: 'The scorecard in one plain sentence.' }) summary!: string;
  @Field(() => [ScorecardRowObject], { description: 'One row per provision it answered.' })
  provisions!: ScorecardRowObject[];
  @Field(() => [ScorecardSectionObject], { description: 'The same, section by section.' })
  sections!: ScorecardSectionObject[];
}
