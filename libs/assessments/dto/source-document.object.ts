import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('SourceDocument', { description: 'Where an assessment came from: its provenance.' })
export class SourceDocumentObject {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The URL or file it was read from.' })
  source!: string;

  @Field({ description: 'SHA-256 of its bytes.' })
  sha256!: string;

  @Field(() => String, { nullable: true })
  mediaType!: string | null;

  @Field(() => Int)
  size!: number;

  @Field()
  fetchedAt!: Date;

  @Field({ description: 'extracted, failed or not_an_assessment.' })
  outcome!: string;

  @Field(() => String, { nullable: true })
  error!: string | null;

  @Field(() => [String])
  warnings!: string[];
}
