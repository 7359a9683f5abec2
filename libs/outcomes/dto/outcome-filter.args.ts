import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString } from 'class-validator';
import { TenureValue } from './outcome-enums';

@ArgsType()
export class OutcomeFilterArgs {
  @Field(() => [Int], {
    nullable: true,
    description: 'Financial years (2023 for 2023-24); all without.',
  })
  @IsOptional()
  @IsInt({ each: true })
  years?: number[] | null;

  @Field(() => [TenureValue], { nullable: true, description: 'Tenures; all without.' })
  @IsOptional()
  @IsEnum(TenureValue, { each: true })
  tenures?: TenureValue[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Measures by name, e.g. "CH02 stage 1"; all without.',
  })
  @IsOptional()
  @IsString({ each: true })
  measures?: string[] | null;
}
