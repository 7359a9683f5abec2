import { CodeEditionValue } from '../../assessments/dto/assessment-enums';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsArray, IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { LandlordKindValue } from './landlord-kind.enum';
import { SizeBandValue } from './size-band.enum';

/** Which part of the sector: every field optional, and an empty filter means all of it. */
@InputType({ description: 'Which part of the sector; leave a field out for all.' })
export class SectorFilterInput {
  @Field(() => [LandlordKindValue], { nullable: true, description: 'Landlords of these kinds.' })
  @IsOptional()
  @IsEnum(LandlordKindValue, { each: true })
  kinds?: LandlordKindValue[] | null;

  @Field(() => [String], { nullable: true, description: 'Landlords in these regions.' })
  @IsOptional()
  @IsString({ each: true })
  regions?: string[] | null;

  @Field(() => [SizeBandValue], { nullable: true, description: 'Landlords of these sizes.' })
  @IsOptional()
  @IsEnum(SizeBandValue, { each: true })
  sizeBands?: SizeBandValue[] | null;

  @Field(() => [CodeEditionValue], {
    nullable: true,
    description: 'Assessments of these Code editions.',
  })
  @IsOptional()
  @IsEnum(CodeEditionValue, { each: true })
  editions?: CodeEditionValue[] | null;

  @Field(() => [Int], { nullable: true, description: 'Years the assessments were completed.' })
  @IsOptional()
  @IsInt({ each: true })
  years?: number[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only these landlords.' })
  @IsOptional()
  @IsArray()
  @IsUUID('all', { each: true })
  landlordIds?: string[] | null;
}

@InputType({ description: 'Landlords in part of the sector, optionally by name.' })
export class LandlordFilterInput extends SectorFilterInput {
  @Field(() => String, { nullable: true, description: 'Part of the name or an alias.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string | null;
}
