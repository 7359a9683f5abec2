import { registerEnumType } from '@nestjs/graphql';

export enum LandlordKindValue {
  HOUSING_ASSOCIATION = 'housing_association',
  LOCAL_AUTHORITY = 'local_authority',
  ALMO = 'almo',
  OTHER = 'other',
}

registerEnumType(LandlordKindValue, {
  name: 'LandlordKind',
  description:
    'Housing association, local authority, arm’s-length management organisation, or other.',
});
