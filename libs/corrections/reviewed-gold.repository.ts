import type { EntityManager } from 'typeorm';

/** A current assessment analysts reviewed, with what names and describes it. */
export interface ReviewedAssessmentRow {
  id: string;
  source: string;
  sha256: string;
  landlord: string | null;
  edition: string | null;
  completedOn: string | null;
  period: string | null;
}

/** One of its responses, as stored (corrected), with what analysts did to it. */
export interface ReviewedResponseRow {
  assessmentId: string;
  provision: string;
  compliance: string;
  rawAnswer: string;
  rag: string | null;
  evidence: string;
  commentary: string;
  mergedInto: string | null;
  /** Kinds of the corrections and confirmations in force on its provision. */
  kinds: string[];
  /** An analyst's note where they marked its boilerplate flag wrong. */
  boilerplateOverruled: string | null;
}

const IN_FORCE = 'c."undoneAt" IS NULL AND c."droppedAt" IS NULL';

/** Reads the reviewed assessments for `chc review export`. */
export class ReviewedGoldRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Current assessments with a correction or confirmation in force, oldest first. */
  assessments(): Promise<ReviewedAssessmentRow[]> {
    return this.manager.query<ReviewedAssessmentRow[]>(
      `SELECT a."id", d."source", d."sha256", coalesce(l."name", a."landlordNameInDocument") AS "landlord",
         a."edition", to_char(a."completedOn", 'YYYY-MM-DD') AS "completedOn", a."period"
       FROM "assessment" a JOIN "source_document" d ON d."id" = a."documentId"
       LEFT JOIN "landlord" l ON l."id" = a."landlordId"
       WHERE a."supersededById" IS NULL
         AND EXISTS (SELECT 1 FROM "correction" c WHERE c."assessmentId" = a."id" AND ${IN_FORCE})
       ORDER BY a."createdAt", a."id"`,
    );
  }

  responses(assessmentIds: readonly string[]): Promise<ReviewedResponseRow[]> {
    return this.manager.query<ReviewedResponseRow[]>(
      `SELECT r."assessmentId", r."provision", r."compliance", r."rawAnswer", r."rag", r."evidence",
         r."commentary", r."mergedInto",
         ARRAY(SELECT DISTINCT c."kind" FROM "correction" c
               WHERE c."assessmentId" = r."assessmentId" AND c."provision" = r."provision" AND ${IN_FORCE}) AS "kinds",
         (SELECT v."note" FROM "flag_review" v WHERE v."responseId" = r."id" AND v."kind" = 'boilerplate') AS "boilerplateOverruled"
       FROM "response" r WHERE r."assessmentId" = ANY($1::uuid[]) ORDER BY r."row"`,
      [assessmentIds],
    );
  }
}
