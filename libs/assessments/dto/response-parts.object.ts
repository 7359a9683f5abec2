import { Field, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLLocalDate as LocalDate } from 'graphql-scalars';

@ObjectType('CitedDocument', { description: 'A policy or document the evidence points to.' })
export class CitedDocumentObject {
  @Field({ description: 'The document’s name as the evidence gives it.' })
  name!: string;

  @Field(() => [String], { description: 'Sections or paragraphs of it cited.' })
  sections!: string[];
}

@ObjectType('Action', { description: 'Something the landlord says it will do, with its deadline.' })
export class ActionObject {
  @Field({ description: 'What it will do, as the document says it.' })
  text!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Earliest due date.' })
  dueFrom!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Latest due date.' })
  dueTo!: string | null;
}

@ObjectType('EvidenceSentence', {
  description: 'A sentence of the evidence or commentary, and whether it adds evidence.',
})
export class EvidenceSentenceObject {
  @Field({ description: 'The sentence.' })
  text!: string;

  @Field({ description: 'substantive, or why not: pointer, template, generic, echo, repeated…' })
  kind!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Why it adds no evidence, in plain words; null when it does.',
  })
  reason!: string | null;
}

@ObjectType('SpecificityParts', { description: 'Concrete details found in the text.' })
export class SpecificityPartsObject {
  @Field(() => Int, { description: 'Dates and deadlines.' }) dates!: number;
  @Field(() => Int, { description: 'Figures: counts, percentages, days.' }) figures!: number;
  @Field(() => Int, { description: 'References to sections of policies.' })
  sectionReferences!: number;
  @Field(() => Int, { description: 'Named systems and tools.' }) namedSystems!: number;
  @Field(() => Int, { description: 'Named roles and posts.' }) roles!: number;
  @Field(() => Int, { description: 'Boards, committees and panels.' }) committees!: number;
  @Field(() => Int, { description: 'Named policies and documents.' }) documents!: number;
  @Field(() => Int, { description: 'How often something happens.' }) frequencies!: number;
}
