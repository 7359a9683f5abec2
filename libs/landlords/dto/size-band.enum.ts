import { registerEnumType } from '@nestjs/graphql';
import { SIZE_BANDS } from '../size-band';

export enum SizeBandValue {
  SMALL = 'small',
  MEDIUM = 'medium',
  LARGE = 'large',
  VERY_LARGE = 'very_large',
}

registerEnumType(SizeBandValue, {
  name: 'SizeBand',
  description: 'Landlords by homes owned.',
  valuesMap: Object.fromEntries(
    Object.entries(SizeBandValue).map(([name, value]) => [
      name,
      { description: SIZE_BANDS.find((b) => b.band === (value as string))!.label },
    ]),
  ),
});
