import type { EntityManager } from 'typeorm';
import { AssessmentEntity } from './entities/assessment.entity';

/** An assessment not linked to a registered landlord, with what may tell whose it is. */
export interface UnlinkedAssessment {
  id: string;
  source: string;
  landlordNameInDocument: string | null;
}

/** Links stored assessments to registered landlords. */
export class LandlordLinksRepository {
  constructor(private readonly manager: EntityManager) {}

  findUnlinked(): Promise<UnlinkedAssessment[]> {
    return this.manager.query<UnlinkedAssessment[]>(
      `SELECT a."id", d."source", a."landlordNameInDocument" FROM "assessment" a
       JOIN "source_document" d ON d."id" = a."documentId"
       WHERE a."landlordId" IS NULL ORDER BY a."createdAt"`,
    );
  }

  findAssessment(id: string): Promise<AssessmentEntity | null> {
    return this.manager.getRepository(AssessmentEntity).findOne({ where: { id } });
  }

  findAssessmentOfDocument(documentId: string): Promise<AssessmentEntity | null> {
    return this.manager.getRepository(AssessmentEntity).findOne({ where: { documentId } });
  }

  /**
   * Links an assessment to a landlord. Call inside a transaction. Of that landlord's versions
   * of the same period, the one ingested last stays current and supersedes the others, as if
   * they had been ingested linked.
   */
  async link(assessmentId: string, landlordId: string): Promise<void> {
    // Moved from another landlord: the version it replaced there is that landlord's again.
    await this.manager.query(
      `UPDATE "assessment" SET "supersededById" = NULL
       WHERE "supersededById" = $1 AND "landlordId" IS DISTINCT FROM $2`,
      [assessmentId, landlordId],
    );
    await this.manager.getRepository(AssessmentEntity).update(assessmentId, { landlordId });
    await this.manager.query(
      `WITH version AS (
         SELECT v."id", first_value(v."id") OVER (ORDER BY v."createdAt" DESC, v."id" DESC) AS "latest"
         FROM "assessment" v JOIN "assessment" a ON a."id" = $1
         WHERE v."landlordId" = $2 AND v."periodKey" = a."periodKey" AND v."supersededById" IS NULL)
       UPDATE "assessment" o SET "supersededById" = version."latest"
       FROM version WHERE o."id" = version."id" AND version."id" <> version."latest"`,
      [assessmentId, landlordId],
    );
  }
}
