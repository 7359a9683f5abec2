import type { EntityManager } from 'typeorm';
import { ASSESSMENT_KINDS, CORRECTION_KINDS, type CorrectionKind } from './correction-kinds';

/** Of the reviewed rows (or assessments), how many needed a correction of one kind. */
export interface KindAgreement {
  kind: CorrectionKind;
  corrected: number;
  reviewed: number;
}

export interface Agreement {
  reviewedResponses: number;
  correctedResponses: number;
  reviewedAssessments: number;
  byKind: KindAgreement[];
}

/**
 * How often analysts agreed with what was read. A response is reviewed when an analyst
 * confirmed or corrected it (a correction or confirmation in force, on its assessment and
 * provision, a removed row included); an assessment is reviewed when any of its values or
 * responses was. Undone and dropped corrections do not count.
 */
export class AgreementRepository {
  constructor(private readonly manager: EntityManager) {}

  async figures(): Promise<Agreement> {
    const inForce = '"undoneAt" IS NULL AND "droppedAt" IS NULL';
    const [totals] = await this.manager.query<
      { rows: number; correctedRows: number; assessments: number }[]
    >(
      `SELECT count(DISTINCT ("assessmentId", "provision")) FILTER (WHERE "provision" IS NOT NULL)::int AS "rows",
         count(DISTINCT ("assessmentId", "provision")) FILTER (WHERE "provision" IS NOT NULL AND "kind" <> 'confirmed')::int AS "correctedRows",
         count(DISTINCT "assessmentId")::int AS "assessments"
       FROM "correction" WHERE ${inForce}`,
    );
    const kinds = await this.manager.query<
      { kind: CorrectionKind; rows: number; assessments: number }[]
    >(
      `SELECT "kind", count(DISTINCT ("assessmentId", "provision"))::int AS "rows",
         count(DISTINCT "assessmentId")::int AS "assessments"
       FROM "correction" WHERE ${inForce} AND "kind" <> 'confirmed' GROUP BY "kind"`,
    );
    const byKind = new Map(kinds.map((k) => [k.kind, k]));
    return {
      reviewedResponses: totals!.rows,
      correctedResponses: totals!.correctedRows,
      reviewedAssessments: totals!.assessments,
      byKind: CORRECTION_KINDS.filter((k) => k !== 'confirmed').map((kind) => {
        const assessmentKind = ASSESSMENT_KINDS.includes(kind);
        const found = byKind.get(kind);
        return {
          kind,
          corrected: (assessmentKind ? found?.assessments : found?.rows) ?? 0,
          reviewed: assessmentKind ? totals!.assessments : totals!.rows,
        };
      }),
    };
  }
}
