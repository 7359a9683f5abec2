import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { MAX_HOMES, WEBSITE_URL_OPTIONS, WEBSITE_URL_RULE } from '../website-url';
import { LandlordKindValue } from './landlord-kind.enum';

/** Adds a landlord, or corrects one when `id` is given. */
@InputType({ description: 'A landlord to add, or the corrected details of one.' })
export class LandlordInput {
  @Field(() => ID, { nullable: true, description: 'The landlord to correct; none to add one.' })
  @IsOptional()
  @IsUUID()
  id?: string | null;

  @Field({ description: 'Its registered name.' })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name!: string;

  @Field(() => [String], { nullable: true, description: 'Other names it goes by.' })
  @IsOptional()
  @IsString({ each: true })
  aliases?: string[] | null;

  @Field(() => LandlordKindValue, {
    nullable: true,
    description: 'Its kind; OTHER when not given.',
  })
  @IsOptional()
  @IsEnum(LandlordKindValue)
  kind?: LandlordKindValue | null;

  @Field(() => String, { nullable: true, description: 'Its region of England.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  region?: string | null;

  @Field(() => Int, { nullable: true, description: 'Homes it owns, where known.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_HOMES)
  homes?: number | null;

  @Field(() => String, { nullable: true, description: 'Its website, where crawls look.' })
  @IsOptional()
  @IsUrl(WEBSITE_URL_OPTIONS, { message: `website ${WEBSITE_URL_RULE}` })
  website?: string | null;
}
