import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { ConnectionType } from '../../graphql/connection';
import { PageArgs } from '../../graphql/page.args';
import { LandlordFilterInput } from '../../landlords/dto/landlord-filter.input';
import { LandlordObject } from '../../landlords/dto/landlord.object';

export enum LandlordOrderValue {
  NAME = 'name',
  KIND = 'kind',
  REGION = 'region',
  SIZE = 'size',
  PERIOD = 'period',
  DECLARED_COMPLIANCE = 'declaredCompliance',
  EVIDENCE_QUALITY = 'evidenceQuality',
}

registerEnumType(LandlordOrderValue, {
  name: 'LandlordOrder',
  description: 'What the landlord directory is sorted by; landlords without a value come last.',
  valuesMap: {
    NAME: { description: 'The landlord’s name, A–Z.' },
    KIND: { description: 'Housing association, local authority, ALMO or other.' },
    REGION: { description: 'The region it is registered in.' },
    SIZE: { description: 'Homes owned or managed.' },
    PERIOD: {
      description: 'The period of its current assessment (assessment year, then the text).',
    },
    DECLARED_COMPLIANCE: { description: 'Share of its stated answers that are yes.' },
    EVIDENCE_QUALITY: {
      description: 'Share of its answers with evidence that is not standard wording.',
    },
  },
});

export enum SortDirectionValue {
  ASC = 'asc',
  DESC = 'desc',
}

registerEnumType(SortDirectionValue, {
  name: 'SortDirection',
  description: 'Ascending (A–Z, smallest first) or descending.',
  valuesMap: {
    ASC: { description: 'A–Z, smallest first.' },
    DESC: { description: 'Z–A, largest first.' },
  },
});

@ArgsType()
export class LandlordDirectoryArgs extends PageArgs {
  @Field(() => LandlordFilterInput, {
    nullable: true,
    description:
      'Kinds, regions, size bands, name; editions and years keep only landlords with such a current assessment.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => LandlordFilterInput)
  filter?: LandlordFilterInput | null;

  @Field(() => LandlordOrderValue, {
    defaultValue: LandlordOrderValue.NAME,
    description: 'What to sort by.',
  })
  @IsEnum(LandlordOrderValue)
  orderBy!: LandlordOrderValue;

  @Field(() => SortDirectionValue, {
    defaultValue: SortDirectionValue.ASC,
    description: 'Which way; empty values come last either way.',
  })
  @IsEnum(SortDirectionValue)
  direction!: SortDirectionValue;
}

@ObjectType('LandlordDirectoryEntry', {
  description: 'A landlord with what its current assessment declares and how well it is evidenced.',
})
export class LandlordDirectoryEntryObject {
  @Field(() => LandlordObject, { description: 'The landlord.' }) landlord!: LandlordObject;

  @Field(() => ID, { nullable: true, description: 'Its current assessment; null when none.' })
  assessmentId!: string | null;

  @Field(() => String, { nullable: true, description: 'The period the current assessment covers.' })
  period!: string | null;

  @Field(() => Int, { nullable: true, description: 'The current assessment’s year.' })
  year!: number | null;

  @Field(() => Int, { description: 'Answers counted (one per 2024 provision).' })
  answers!: number;

  @Field(() => Int, { description: 'Answers that are yes.' }) yes!: number;

  @Field(() => Int, { description: 'Answers that are yes, partly or no.' }) stated!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Declared compliance: yes / stated (0–1); null without stated answers.',
  })
  declaredCompliance!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Evidence quality: share of answers with evidence that give real detail rather than standard wording (0–1).',
  })
  evidenceQuality!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean specificity of its evidence (0–1).' })
  meanSpecificity!: number | null;
}

@ObjectType({ description: 'A page of the landlord directory.' })
export class LandlordDirectoryConnection extends ConnectionType(
  LandlordDirectoryEntryObject,
  'LandlordDirectoryEntry',
) {}
