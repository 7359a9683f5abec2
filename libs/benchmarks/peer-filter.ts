import type { LandlordEntity } from '../landlords/entities/landlord.entity';
import { SIZE_BANDS, sizeBandOf } from '../landlords/size-band';
import { PeerGroupValue } from './dto/scorecard.object';
import type { SectorFilter } from './sector-filter';

/** The landlords a scorecard compares one landlord with, as a sector filter and in words. */
export function peerFilter(
  landlord: LandlordEntity,
  group: PeerGroupValue,
): { filter: SectorFilter; description: string } {
  const band = sizeBandOf(landlord.homes);
  const bandLabel = SIZE_BANDS.find((b) => b.band === band)?.label;
  const kind = KIND_PLURALS[landlord.kind];
  switch (group) {
    case PeerGroupValue.SECTOR:
      return { filter: {}, description: 'every landlord' };
    case PeerGroupValue.SAME_KIND:
      return { filter: { kinds: [landlord.kind] }, description: `all ${kind}` };
    case PeerGroupValue.SAME_REGION:
      return landlord.region
        ? { filter: { regions: [landlord.region] }, description: `landlords in ${landlord.region}` }
        : { filter: {}, description: 'every landlord (its region is not known)' };
    case PeerGroupValue.SAME_SIZE_BAND:
      return band
        ? { filter: { sizeBands: [band] }, description: `landlords with ${bandLabel}` }
        : { filter: {}, description: 'every landlord (its size is not known)' };
    case PeerGroupValue.SIMILAR:
      return band
        ? {
            filter: { kinds: [landlord.kind], sizeBands: [band] },
            description: `${kind} with ${bandLabel}`,
          }
        : {
            filter: { kinds: [landlord.kind] },
            description: `all ${kind} (its size is not known)`,
          };
  }
}

const KIND_PLURALS: Record<LandlordEntity['kind'], string> = {
  housing_association: 'housing associations',
  local_authority: 'local authorities',
  almo: 'ALMOs',
  other: 'other landlords',
};
