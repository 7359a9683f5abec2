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
});

@ObjectType('ScorecardRow')
export class ScorecardRowObject {
  @Field() provision!: string;
  @Field() summary!: string;
  @Field(() => ID) responseId!: string;
  @Field(() => ComplianceValue) compliance!: ComplianceValue;
  @Field() answerLabel!: string;
  @Field() boilerplate!: boolean;
  @Field(() => Float) specificity!: number;
  @Field() evidenceLabel!: string;
  @Field(() => Int, { description: 'Peers who answered this provision.' }) peers!: number;
  @Field(() => Float, { nullable: true }) peersYesShare!: number | null;
  @Field(() => Float, { nullable: true }) peersBoilerplateRate!: number | null;
  @Field(() => Float, { nullable: true }) peersMedianSpecificity!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of peers whose evidence here is less specific (0–1).',
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
  @Field(() => LandlordObject) landlord!: LandlordObject;
  @Field(() => AssessmentObject) assessment!: AssessmentObject;
  @Field(() => PeerGroupValue) peerGroup!: PeerGroupValue;
  @Field({ description: 'The peer group in words.' }) peerDescription!: string;
  @Field(() => Int, { description: 'Peer assessments compared with.' }) peerAssessments!: number;
  @Field(() => Float, { nullable: true }) yesShare!: number | null;
  @Field(() => Float, { nullable: true }) peersYesShare!: number | null;
  @Field(() => Float, { nullable: true }) boilerplateRate!: number | null;
  @Field(() => Float, { nullable: true }) peersBoilerplateRate!: number | null;
  @Field() summary!: string;
  @Field(() => [ScorecardRowObject]) provisions!: ScorecardRowObject[];
  @Field(() => [ScorecardSectionObject], { description: 'The same, section by section.' })
  sections!: ScorecardSectionObject[];
}
