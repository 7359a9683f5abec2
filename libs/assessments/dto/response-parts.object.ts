import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('CitedDocument', { description: 'A policy or document the evidence points to.' })
export class CitedDocumentObject {
  @Field()
  name!: string;

  @Field(() => [String])
  sections!: string[];
}

@ObjectType('Action', { description: 'Something the landlord says it will do, with its deadline.' })
export class ActionObject {
  @Field()
  text!: string;

  @Field(() => String, { nullable: true, description: 'Earliest due date (YYYY-MM-DD).' })
  dueFrom!: string | null;

  @Field(() => String, { nullable: true, description: 'Latest due date (YYYY-MM-DD).' })
  dueTo!: string | null;
}

@ObjectType('EvidenceSentence', {
  description: 'A sentence of the evidence or commentary, and whether it adds evidence.',
})
export class EvidenceSentenceObject {
  @Field()
  text!: string;

  @Field({ description: 'substantive, or why not: pointer, template, generic, echo, repeated…' })
  kind!: string;

  @Field(() => String, { nullable: true })
  reason!: string | null;
}

@ObjectType('SpecificityParts', { description: 'Concrete details found in the text.' })
export class SpecificityPartsObject {
  @Field(() => Int) dates!: number;
  @Field(() => Int) figures!: number;
  @Field(() => Int) sectionReferences!: number;
  @Field(() => Int) namedSystems!: number;
  @Field(() => Int) roles!: number;
  @Field(() => Int) committees!: number;
  @Field(() => Int) documents!: number;
  @Field(() => Int) frequencies!: number;
}
