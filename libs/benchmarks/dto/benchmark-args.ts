import { ArgsType, Field, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsIn, IsOptional, IsString } from 'class-validator';
import { provisionsOf } from '@ingest/code';
import type { BreakdownDimension } from '../benchmarks.repository';

export enum BreakdownDimensionValue {
  KIND = 'kind',
  REGION = 'region',
  SIZE_BAND = 'sizeBand',
  YEAR = 'year',
  EDITION = 'edition',
}

registerEnumType(BreakdownDimensionValue, {
  name: 'BreakdownDimension',
  description: 'What to break a provision’s answers down by.',
  valuesMap: {
    KIND: { description: 'Landlord kind.' },
    REGION: { description: 'Region of England.' },
    SIZE_BAND: { description: 'Size band, by homes owned.' },
    YEAR: { description: 'Year of each landlord’s assessment.' },
    EDITION: { description: 'Code edition answered.' },
  },
});

/** A provision of the 2024 Code; anything else is refused with its value, not answered empty. */
export const IsProvision2024 = () =>
  IsIn(
    provisionsOf('2024').map((p) => p.id),
    { message: ({ value }) => `provision "${String(value)}" is not a provision of the 2024 Code` },
  );

@ArgsType()
export class ProvisionBreakdownArgs {
  @Field({ description: 'A 2024 provision, e.g. "5.8".' })
  @IsString()
  @IsProvision2024()
  provision!: string;

  @Field(() => BreakdownDimensionValue, { description: 'What to break the answers down by.' })
  @IsEnum(BreakdownDimensionValue)
  by!: BreakdownDimension;
}

@ArgsType()
export class SectorBreakdownArgs {
  @Field(() => BreakdownDimensionValue, { description: 'What to break the answers down by.' })
  @IsEnum(BreakdownDimensionValue)
  by!: BreakdownDimension;
}

@ArgsType()
export class ProvisionArgs {
  @Field(() => String, { nullable: true, description: 'One 2024 provision; all without it.' })
  @IsOptional()
  @IsProvision2024()
  provision?: string | null;
}
