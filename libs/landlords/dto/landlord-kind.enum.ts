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
  valuesMap: {
    HOUSING_ASSOCIATION: { description: 'A housing association (private registered provider).' },
    LOCAL_AUTHORITY: { description: 'A local authority that owns homes.' },
    ALMO: { description: 'An arm’s-length management organisation.' },
    OTHER: { description: 'Any other kind of social landlord.' },
  },
});
