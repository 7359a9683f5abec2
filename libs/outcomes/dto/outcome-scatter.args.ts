import { ArgsType, Field, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsIn, IsOptional, ValidateNested } from 'class-validator';
import { SectorFilterInput } from '../../landlords/dto/landlord-filter.input';
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

/** The values are the landlord directory's figures of the same names. */
export enum ScatterClaimValue {
  DECLARED_COMPLIANCE = 'declaredCompliance',
  EVIDENCE_QUALITY = 'evidenceQuality',
}

registerEnumType(ScatterClaimValue, {
  name: 'ScatterClaim',
  description:
    'Which figure of a landlord’s current self-assessment is set against an outcome (as the landlord directory gives it).',
  valuesMap: {
    DECLARED_COMPLIANCE: { description: 'Declared compliance: stated answers that are yes.' },
    EVIDENCE_QUALITY: {
      description: 'Evidence quality: answers with evidence that is not standard wording.',
    },
  },
});

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

  @Field(() => ScatterClaimValue, {
    defaultValue: ScatterClaimValue.DECLARED_COMPLIANCE,
    description:
      'Which claim figure is set against the measure (declared compliance unless asked).',
  })
  @IsEnum(ScatterClaimValue)
  claim!: ScatterClaimValue;
}
