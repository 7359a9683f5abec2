import { ArgsType, Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { ConnectionType } from '../../graphql/connection';
import { PageArgs } from '../../graphql/page.args';

@ArgsType()
export class SearchArgs extends PageArgs {
  @Field({ description: 'Words to find; "quoted phrases", OR and -not work as on the web.' })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  query!: string;
}

@ObjectType('SnippetPart', { description: 'A piece of a snippet; `match` marks the words found.' })
export class SnippetPartObject {
  @Field({ description: 'The text of this piece.' }) text!: string;
  @Field({ description: 'Whether these are words the search found.' }) match!: boolean;
}

@ObjectType('SearchHit', { description: 'A response whose evidence or commentary matches.' })
export class SearchHitObject {
  @Field(() => ID, { description: 'The response found.' }) responseId!: string;
  @Field(() => Float, { description: 'How well it matches; higher is better.' }) rank!: number;

  @Field(() => [SnippetPartObject], {
    description: 'The best passages, as plain text parts, so any client can highlight safely.',
  })
  snippet!: SnippetPartObject[];
}

@ObjectType({ description: 'A page of search hits, best first.' })
export class SearchHitConnection extends ConnectionType(SearchHitObject, 'SearchHit') {}
