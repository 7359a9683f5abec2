import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../graphql/connection';
import { Node } from '../../graphql/node.interface';
import { ContradictionKindValue, RagValue } from './assessment-enums';
import { ComplianceValue } from './compliance.enum';
import { EvidenceSentenceObject, SpecificityPartsObject } from './response-parts.object';

@ObjectType('Contradiction', { description: 'An answer its own words contradict.' })
export class ContradictionObject {
  @Field(() => ContradictionKindValue, { description: 'Which way answer and words disagree.' })
  kind!: `${ContradictionKindValue}`;

  @Field({ description: 'The words that show it.' })
  words!: string;
}

@ObjectType('Response', {
  description: 'One provision’s answer in one assessment, analysed.',
  implements: () => [Node],
})
export class ResponseObject {
  @Field(() => ID, { description: 'Its id (a UUID), also its global Node id.' })
  id!: string;

  @Field(() => ID, { description: 'The assessment it belongs to.' })
  assessmentId!: string;

  @Field({ description: 'The provision in the document’s own edition.' })
  provision!: string;

  @Field(() => String, { nullable: true, description: 'Its 2024 equivalent.' })
  provision2024!: string | null;

  @Field(() => ComplianceValue, { description: 'The answer, normalised.' })
  compliance!: ComplianceValue;

  @Field({ description: 'The answer as written.' })
  rawAnswer!: string;

  @Field(() => RagValue, { nullable: true, description: 'The landlord’s own rating, where given.' })
  rag!: RagValue | null;

  @Field({ description: 'The requirement as the document quotes it.' })
  requirement!: string;

  @Field({ description: 'The evidence the landlord gives, cleaned.' })
  evidence!: string;

  @Field({ description: 'The landlord’s commentary or explanation, cleaned.' })
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

  @Field(() => [String], { description: 'Why it counts as boilerplate, in plain words.' })
  boilerplateReasons!: string[];

  @Field(() => [EvidenceSentenceObject], {
    description: 'Its sentences, each judged evidence or not.',
  })
  sentences!: EvidenceSentenceObject[];

  @Field(() => Float, { description: 'Share of its words that are concrete details, 0–1.' })
  specificity!: number;

  @Field(() => SpecificityPartsObject, {
    nullable: true,
    description: 'The concrete details counted; null for analyses that kept none.',
  })
  specificityParts!: SpecificityPartsObject | null;

  @Field(() => ContradictionObject, {
    nullable: true,
    description: 'Where its own words contradict the answer; null where they do not.',
  })
  contradiction!: ContradictionObject | null;
}

@ObjectType({ description: 'A page of responses.' })
export class ResponseConnection extends ConnectionType(ResponseObject, 'Response') {}
