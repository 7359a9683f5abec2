import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { PageArgs } from '../../graphql/page.args';
import { ReviewKind } from './review-kind.enum';

@ArgsType()
export class ReviewQueueArgs extends PageArgs {
  @Field(() => ReviewKind, { nullable: true, description: 'Only items of this kind.' })
  @IsOptional()
  @IsEnum(ReviewKind)
  kind?: ReviewKind | null;
}
