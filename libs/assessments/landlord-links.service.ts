import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { matchLandlord } from '../landlords/landlord-matcher';
import { LandlordsRepository } from '../landlords/landlords.repository';
import { toAssessmentObject } from './dto/assessment.mapper';
import type { AssessmentObject } from './dto/assessment.object';
import { LandlordLinksRepository } from './landlord-links.repository';

/**
 * Matches every assessment that has no landlord again (a document ingested before its
 * landlord was registered), with the matcher ingestion uses; returns how many were linked.
 * Each link is its own transaction. Call it after landlords are added or changed.
 */
export async function relinkUnmatched(manager: EntityManager): Promise<number> {
  let linked = 0;
  for (const unlinked of await new LandlordLinksRepository(manager).findUnlinked()) {
    const found = await matchLandlord(manager, {
      source: unlinked.source,
      nameInDocument: unlinked.landlordNameInDocument,
    });
    if (found) {
      await manager.transaction((m) => new LandlordLinksRepository(m).link(unlinked.id, found.id));
      linked++;
    }
  }
  return linked;
}

/** Analysts' corrections of whose an assessment is. */
@Injectable()
export class LandlordLinksService {
  constructor(private readonly dataSource: DataSource) {}

  /** Links an assessment to a landlord; NOT_FOUND when either id is unknown. */
  async link(assessmentId: string, landlordId: string): Promise<AssessmentObject> {
    return this.dataSource.transaction(async (manager) => {
      const links = new LandlordLinksRepository(manager);
      if (!(await links.findAssessment(assessmentId))) {
        throw new NotFoundException(`no assessment has the id ${assessmentId}`);
      }
      if (!(await new LandlordsRepository(manager).findById(landlordId))) {
        throw new NotFoundException(`no landlord has the id ${landlordId}`);
      }
      await links.link(assessmentId, landlordId);
      return toAssessmentObject((await links.findAssessment(assessmentId))!);
    });
  }
}
