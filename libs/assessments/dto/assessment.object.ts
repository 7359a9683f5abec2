import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../graphql/connection';
import { ExtractionConfidenceObject } from './extraction-confidence.object';

@ObjectType('AssessmentIndices', { description: 'Measures of the whole assessment.' })
export class AssessmentIndicesObject {
  @Field(() => Int)
  responses!: number;

  @Field(() => Float, { description: 'Share of responses flagged boilerplate.' })
  boilerplateShare!: number;

  @Field(() => Float)
  meanSpecificity!: number;

  @Field(() => Int, { description: 'Yes or partial answers with no evidence at all.' })
  unsupported!: number;

  @Field(() => Int, { description: 'Answers their own words contradict.' })
  contradicted!: number;

  @Field(() => String, { nullable: true, description: 'The sentence repeated most often.' })
  mostRepeatedSentence!: string | null;

  @Field(() => [String], { description: 'Where that sentence appears.' })
  mostRepeatedIn!: string[];
}

@ObjectType('Assessment', { description: 'One published self-assessment.' })
export class AssessmentObject {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true })
  landlordId!: string | null;

  @Field(() => String, { nullable: true, description: 'The landlord as the document names it.' })
  landlordNameInDocument!: string | null;

  @Field(() => ID)
  documentId!: string;

  @Field(() => String, { nullable: true, description: '2024, 2022 or 2020.' })
  edition!: string | null;

  @Field(() => String, { nullable: true })
  period!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  completedOn!: string | null;

  @Field(() => Int, { nullable: true })
  year!: number | null;

  @Field({ description: 'False once a corrected version replaced it.' })
  current!: boolean;

  @Field(() => ID, { nullable: true })
  supersededById!: string | null;

  @Field()
  extractorVersion!: string;

  @Field()
  analysisVersion!: string;

  @Field(() => AssessmentIndicesObject)
  indices!: AssessmentIndicesObject;

  @Field(() => ExtractionConfidenceObject, {
    nullable: true,
    description: 'How sure extraction was; null where it was not read from a document.',
  })
  confidence!: ExtractionConfidenceObject | null;

  @Field()
  createdAt!: Date;
}

@ObjectType()
export class AssessmentConnection extends ConnectionType(AssessmentObject, 'Assessment') {}
