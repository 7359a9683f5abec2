import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../graphql/connection';
import { ComplianceValue } from './compliance.enum';
import { EvidenceSentenceObject, SpecificityPartsObject } from './response-parts.object';

@ObjectType('Contradiction', { description: 'An answer its own words contradict.' })
export class ContradictionObject {
  @Field({ description: 'yes_but_admits_gap or no_but_claims_compliance.' })
  kind!: string;

  @Field({ description: 'The words that show it.' })
  words!: string;
}

@ObjectType('Response', { description: 'One provision’s answer in one assessment, analysed.' })
export class ResponseObject {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  assessmentId!: string;

  @Field({ description: 'The provision in the document’s own edition.' })
  provision!: string;

  @Field(() => String, { nullable: true, description: 'Its 2024 equivalent.' })
  provision2024!: string | null;

  @Field(() => ComplianceValue)
  compliance!: ComplianceValue;

  @Field({ description: 'The answer as written.' })
  rawAnswer!: string;

  @Field(() => String, { nullable: true, description: 'green, amber or red where given.' })
  rag!: string | null;

  @Field()
  requirement!: string;

  @Field()
  evidence!: string;

  @Field()
  commentary!: string;

  @Field(() => Int, { nullable: true, description: 'Page of the source document.' })
  page!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The provision whose row this was merged into.',
  })
  mergedInto!: string | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'How sure extraction was of this answer, 0–1: read from its own cell, inferred, or missing.',
  })
  confidence!: number | null;

  @Field({ description: 'Flagged as boilerplate (and not overruled by an analyst).' })
  boilerplate!: boolean;

  @Field(() => Float, { description: 'Share of its words that add no evidence, 0–1.' })
  boilerplateScore!: number;

  @Field(() => [String])
  boilerplateReasons!: string[];

  @Field(() => [EvidenceSentenceObject])
  sentences!: EvidenceSentenceObject[];

  @Field(() => Float, { description: 'Share of its words that are concrete details, 0–1.' })
  specificity!: number;

  @Field(() => SpecificityPartsObject, { nullable: true })
  specificityParts!: SpecificityPartsObject | null;

  @Field(() => ContradictionObject, { nullable: true })
  contradiction!: ContradictionObject | null;
}

@ObjectType()
export class ResponseConnection extends ConnectionType(ResponseObject, 'Response') {}
