import { ArgsType, Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsIn, IsOptional, ValidateNested } from 'class-validator';
import { SectorFilterInput } from '../../landlords/dto/landlord-filter.input';
import { LandlordObject } from '../../landlords/dto/landlord.object';
import { TenureValue } from './outcome-enums';

/** The outcome measures one figure per landlord and year can be set against claims. */
export const SCATTER_MEASURES = [
  'CH02 stage 1',
  'CH02 stage 2',
  'TP09',
  'HOS maladministration rate',
  'CH01 stage 1',
  'CH01 stage 2',
] as const;

@ArgsType()
export class OutcomeScatterArgs {
  @Field(() => SectorFilterInput, {
    nullable: true,
    description: 'Which landlords (as on the overview); all of the sector without one.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => SectorFilterInput)
  filter?: SectorFilterInput | null;

  @Field(() => String, {
    nullable: true,
    description: `The outcome measure: ${SCATTER_MEASURES.map((m) => `"${m}"`).join(', ')}; without one, the first of them with any figure.`,
  })
  @IsOptional()
  @IsIn(SCATTER_MEASURES, { message: `measure must be one of: ${SCATTER_MEASURES.join(', ')}` })
  measure?: string | null;

  @Field(() => TenureValue, {
    defaultValue: TenureValue.COMBINED,
    description: 'Which tenure’s figure (both together unless asked).',
  })
  @IsEnum(TenureValue)
  tenure!: TenureValue;
}

@ObjectType('OutcomeScatterPoint', {
  description: 'A landlord with both its declared compliance and a figure for the measure.',
})
export class OutcomeScatterPointObject {
  @Field(() => LandlordObject, { description: 'The landlord.' }) landlord!: LandlordObject;

  @Field(() => Float, {
    description: 'Declared compliance of its current assessment: yes / stated answers (0–1).',
  })
  declaredCompliance!: number;

  @Field(() => Int, { description: 'Its answers that are yes.' }) yes!: number;

  @Field(() => Int, { description: 'Its answers that are yes, partly or no.' }) stated!: number;

  @Field(() => Float, {
    description: 'Its latest published figure (percentages 0–100; CH01 per 1,000 homes).',
  })
  value!: number;

  @Field(() => Int, { description: 'The financial year of that figure (2023 for 2023-24).' })
  year!: number;

  @Field({ description: 'That year as published: "2023-24".' }) period!: string;
}

@ObjectType('OutcomeScatter', {
  description:
    'Declared compliance against one outcome measure for the landlords in a filter, with both medians.',
})
export class OutcomeScatterObject {
  @Field({ description: 'The measure, e.g. "CH02 stage 1".' }) measure!: string;

  @Field(() => TenureValue, { description: 'The tenure of the figures.' }) tenure!: TenureValue;

  @Field(() => [String], {
    description:
      'The measures a scatter can show that have any figure in the sector, in the order offered; empty when no outcomes are imported.',
  })
  available!: string[];

  @Field(() => Int, {
    description: 'Landlords in the filter with declared compliance (with or without the measure).',
  })
  declaring!: number;

  @Field(() => Int, {
    description: 'Landlords in the filter with a figure for the measure (with or without claims).',
  })
  measured!: number;

  @Field(() => [OutcomeScatterPointObject], {
    description: 'Landlords with both figures, by name.',
  })
  points!: OutcomeScatterPointObject[];

  @Field(() => Float, {
    nullable: true,
    description: 'Median declared compliance of the points (0–1); null without points.',
  })
  medianDeclaredCompliance!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Median figure of the points for the measure; null without points.',
  })
  medianValue!: number | null;
}
