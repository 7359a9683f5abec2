import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Node } from '../../graphql/node.interface';
import { DocumentOutcomeValue } from './assessment-enums';

@ObjectType('SourceDocument', {
  description: 'Where an assessment came from: its provenance.',
  implements: () => [Node],
})
export class SourceDocumentObject {
  @Field(() => ID, { description: 'Its id (a UUID), also its global Node id.' })
  id!: string;

  @Field({ description: 'The URL or file it was read from.' })
  source!: string;

  @Field({ description: 'SHA-256 of its bytes.' })
  sha256!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Its media type, as sniffed from its bytes.',
  })
  mediaType!: string | null;

  @Field(() => Int, { description: 'Its size in bytes.' })
  size!: number;

  @Field({ description: 'When it was fetched or uploaded.' })
  fetchedAt!: Date;

  @Field(() => DocumentOutcomeValue, { description: 'What became of it.' })
  outcome!: `${DocumentOutcomeValue}`;

  @Field(() => String, { nullable: true, description: 'Why it could not be read, if it failed.' })
  error!: string | null;

  @Field(() => [String], { description: 'What extraction had to guess or repair, in plain words.' })
  warnings!: string[];
}
