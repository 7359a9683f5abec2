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
@InputType()
export class LandlordInput {
  @Field(() => ID, { nullable: true, description: 'The landlord to correct; none to add one.' })
  @IsOptional()
  @IsUUID()
  id?: string | null;

  @Field()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name!: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsString({ each: true })
  aliases?: string[] | null;

  @Field(() => LandlordKindValue, { nullable: true })
  @IsOptional()
  @IsEnum(LandlordKindValue)
  kind?: LandlordKindValue | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  region?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_HOMES)
  homes?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(WEBSITE_URL_OPTIONS, { message: `website ${WEBSITE_URL_RULE}` })
  website?: string | null;
}
