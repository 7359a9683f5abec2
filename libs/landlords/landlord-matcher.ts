import type { EntityManager } from 'typeorm';
import type { LandlordEntity } from './entities/landlord.entity';
import { LandlordsRepository } from './landlords.repository';

/** What a stored or incoming document says about whose it is. */
export interface DocumentOwnerClues {
  /** Where it came from: a URL, or a local path (which proves nothing). */
  source: string;
  /** The landlord's name as the document gives it. */
  nameInDocument: string | null;
  /** The landlord whose website a crawl found it on. */
  landlordId?: string | null;
}

/**
 * The registered landlord a document belongs to: the one whose website it was found on,
 * else the only one with the website host it came from, else the one whose name or alias
 * the document gives. Null when none fits: unmatched documents are reported, never guessed.
 */
export async function matchLandlord(
  manager: EntityManager,
  clues: DocumentOwnerClues,
): Promise<LandlordEntity | null> {
  const landlords = new LandlordsRepository(manager);
  const known = clues.landlordId ? await landlords.findById(clues.landlordId) : null;
  if (known) {
    return known;
  }
  if (/^https?:\/\//i.test(clues.source) && URL.canParse(clues.source)) {
    const byHost = await landlords.findByWebsiteHost(new URL(clues.source).host);
    if (byHost) {
      return byHost;
    }
  }
  return clues.nameInDocument ? landlords.findByNameOrAlias(clues.nameInDocument) : null;
}
