import type { LandlordEntity } from '../entities/landlord.entity';
import { sizeBandOf } from '../size-band';
import type { LandlordKindValue } from './landlord-kind.enum';
import type { LandlordObject } from './landlord.object';
import type { SizeBandValue } from './size-band.enum';

export function toLandlordObject(entity: LandlordEntity): LandlordObject {
  return {
    id: entity.id,
    name: entity.name,
    aliases: entity.aliases,
    kind: entity.kind as LandlordKindValue,
    region: entity.region,
    homes: entity.homes,
    sizeBand: sizeBandOf(entity.homes) as SizeBandValue | null,
    website: entity.website,
    registrationNumber: entity.registrationNumber,
    deregisteredOn: entity.deregisteredOn,
  };
}
