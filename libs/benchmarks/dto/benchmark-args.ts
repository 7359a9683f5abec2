import { ArgsType, Field, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, Matches } from 'class-validator';
import type { BreakdownDimension } from '../benchmarks.repository';

export enum BreakdownDimensionValue {
  KIND = 'kind',
  REGION = 'region',
  SIZE_BAND = 'sizeBand',
  YEAR = 'year',
  EDITION = 'edition',
}

registerEnumType(BreakdownDimensionValue, { name: 'BreakdownDimension' });

const PROVISION = /^\d{1,2}\.\d{1,2}$/;

@ArgsType()
export class ProvisionBreakdownArgs {
  @Field({ description: 'A 2024 provision, e.g. "5.8".' })
  @IsString()
  @Matches(PROVISION, { message: 'provision must look like "5.8"' })
  provision!: string;

  @Field(() => BreakdownDimensionValue)
  @IsEnum(BreakdownDimensionValue)
  by!: BreakdownDimension;
}

@ArgsType()
export class SectorBreakdownArgs {
  @Field(() => BreakdownDimensionValue)
  @IsEnum(BreakdownDimensionValue)
  by!: BreakdownDimension;
}

@ArgsType()
export class ProvisionArgs {
  @Field(() => String, { nullable: true, description: 'One 2024 provision; all without it.' })
  @IsOptional()
  @Matches(PROVISION, { message: 'provision must look like "5.8"' })
  provision?: string | null;
}
