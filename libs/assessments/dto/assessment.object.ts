import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../graphql/connection';
import { CodeEditionValue } from './assessment-enums';
import { ExtractionConfidenceObject } from './extraction-confidence.object';
import { GraphQLLocalDate as LocalDate } from 'graphql-scalars';
import { Node } from '../../graphql/node.interface';

@ObjectType('AssessmentIndices', { description: 'Measures of the whole assessment.' })
export class AssessmentIndicesObject {
  @Field(() => Int, { description: 'Responses read, one per provision found.' })
  responses!: number;

  @Field(() => Float, { description: 'Share of responses flagged boilerplate.' })
  boilerplateShare!: number;

  @Field(() => Float, { description: 'Mean share of concrete words in the evidence, 0–1.' })
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

@ObjectType('Assessment', {
  description: 'One published self-assessment.',
  implements: () => [Node],
})
export class AssessmentObject {
  @Field(() => ID, { description: 'Its id (a UUID), also its global Node id.' })
  id!: string;

  @Field(() => ID, { nullable: true, description: 'The registered landlord; null if unmatched.' })
  landlordId!: string | null;

  @Field(() => String, { nullable: true, description: 'The landlord as the document names it.' })
  landlordNameInDocument!: string | null;

  @Field(() => ID, { description: 'The source document it was read from.' })
  documentId!: string;

  @Field(() => CodeEditionValue, {
    nullable: true,
    description: 'The Code edition it answers; null where not detected.',
  })
  edition!: CodeEditionValue | null;

  @Field(() => String, {
    nullable: true,
    description: 'The period covered, as the document states it.',
  })
  period!: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'First day of the period (YYYY-MM-DD), where the document gives it.',
  })
  periodStart!: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Last day of the period (YYYY-MM-DD), where the document gives it.',
  })
  periodEnd!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'The date it was completed, if stated.' })
  completedOn!: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'The assessment year: the calendar year in which the period covered ends (April 2024 – March 2025, or 2024/25, is 2025); else the year the document says it was completed.',
  })
  year!: number | null;

  @Field({ description: 'False once a corrected version replaced it.' })
  current!: boolean;

  @Field(() => ID, { nullable: true, description: 'The corrected version that replaced it.' })
  supersededById!: string | null;

  @Field({ description: 'Version of the extractor that read it.' })
  extractorVersion!: string;

  @Field({ description: 'Version of the analysis stored for it.' })
  analysisVersion!: string;

  @Field(() => AssessmentIndicesObject, { description: 'Measures of the whole assessment.' })
  indices!: AssessmentIndicesObject;

  @Field(() => ExtractionConfidenceObject, {
    nullable: true,
    description: 'How sure extraction was; null where it was not read from a document.',
  })
  confidence!: ExtractionConfidenceObject | null;

  @Field({ description: 'When it was stored.' })
  createdAt!: Date;
}

@ObjectType({ description: 'A page of assessments.' })
export class AssessmentConnection extends ConnectionType(AssessmentObject, 'Assessment') {}
