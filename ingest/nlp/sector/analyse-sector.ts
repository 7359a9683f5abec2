import type { ExtractedResponse } from '@ingest/core';
import { analyseAssessment, type AssessmentAnalysis } from '../assessment/analyse-assessment';
import { SectorNgramIndex } from './sector-ngram-index';
import { sectorPhrases, type SectorPhrase } from './sector-phrases';

export interface SectorInput {
  /** A stable key for the assessment (its document's sha256, say). */
  id: string;
  landlord: string;
  responses: readonly ExtractedResponse[];
  referenceDate?: string | null;
}

export interface SectorAnalysis {
  landlords: number;
  assessments: { id: string; landlord: string; analysis: AssessmentAnalysis }[];
  phrases: SectorPhrase[];
}

/**
 * The whole-sector pass: counts every landlord's 4-grams, then analyses each assessment
 * with sector commonness as one more signal, and lists the boilerplate sentences most
 * landlords share.
 */
export function analyseSector(inputs: readonly SectorInput[], phraseLimit = 20): SectorAnalysis {
  const sector = new SectorNgramIndex(inputs);
  const assessments = inputs.map((input) => ({
    id: input.id,
    landlord: input.landlord,
    analysis: analyseAssessment(input.responses, {
      referenceDate: input.referenceDate ?? null,
      sector,
    }),
  }));
  return {
    landlords: sector.landlords,
    assessments,
    phrases: sectorPhrases(assessments, phraseLimit),
  };
}
