import path from 'node:path';
import type { EntityManager } from 'typeorm';
import { compareProvisionIds } from '@ingest/code';
import {
  ReviewedGoldRepository,
  type ReviewedAssessmentRow,
  type ReviewedResponseRow,
} from './reviewed-gold.repository';

/** One response in the corpus gold format (../shared/corpus/gold), with what analysts did. */
export interface GoldResponse {
  provision: string;
  compliance: string;
  rawAnswer: string;
  rag: string | null;
  evidence: string;
  commentary: string;
  mergedInto?: string;
  boilerplate?: boolean;
  boilerplateReason?: string;
  /** An analyst confirmed or corrected this row; the others are as extracted. */
  reviewed: boolean;
  /** The kinds of correction in force on it. */
  corrected: string[];
}

/** One reviewed assessment in the corpus gold format, and the file name it is saved under. */
export interface GoldFile {
  fileName: string;
  gold: {
    document: string;
    landlord: string | null;
    codeVersion: string | null;
    assessmentDate: string | null;
    period: string | null;
    responses: GoldResponse[];
  };
}

/** The document's file name: `file:x.pdf`, `https://host/a/x.pdf?v=2` and `C:\a\x.pdf` give x.pdf. */
const fileOf = (source: string) => {
  const location = source
    .split(/[?#]/)[0]!
    .replace(/\\/g, '/')
    .replace(/^[a-z][a-z0-9+.-]*:(\/\/[^/]*)?/i, '');
  return path.posix.basename(location) || 'document';
};

function goldResponse(r: ReviewedResponseRow): GoldResponse {
  return {
    provision: r.provision,
    compliance: r.compliance,
    rawAnswer: r.rawAnswer,
    rag: r.rag,
    evidence: r.evidence,
    commentary: r.commentary,
    ...(r.mergedInto ? { mergedInto: r.mergedInto } : {}),
    // Only a verdict an analyst gave is a label; an unreviewed flag would score the judge against itself.
    ...(r.boilerplateOverruled !== null
      ? { boilerplate: false, boilerplateReason: r.boilerplateOverruled }
      : {}),
    reviewed: r.kinds.length > 0,
    corrected: r.kinds.filter((k) => k !== 'confirmed').sort(),
  };
}

/**
 * Every current assessment analysts reviewed, as corrected, in the corpus gold format: each
 * file is named after its document (`<name>.json` for `<name>.pdf`), so score.mjs pairs it
 * with `chc extract --out` outputs of the same documents. Names two documents share get the
 * document's SHA-256 prefix.
 */
export async function reviewedGold(manager: EntityManager): Promise<GoldFile[]> {
  const repository = new ReviewedGoldRepository(manager);
  const assessments = await repository.assessments();
  const rows = await repository.responses(assessments.map((a) => a.id));
  const used = new Set<string>();
  return assessments.map((a: ReviewedAssessmentRow) => {
    // Without its extension, as score.mjs pairs gold with predictions.
    let name = fileOf(a.source).replace(/\.[a-z0-9]+$/i, '');
    if (used.has(name)) {
      name = `${name}-${a.sha256.slice(0, 12)}`;
    }
    used.add(name);
    return {
      fileName: `${name}.json`,
      gold: {
        document: fileOf(a.source),
        landlord: a.landlord,
        codeVersion: a.edition,
        assessmentDate: a.completedOn,
        period: a.period,
        responses: rows
          .filter((r) => r.assessmentId === a.id)
          .sort((x, y) => compareProvisionIds(x.provision, y.provision))
          .map(goldResponse),
      },
    };
  });
}
