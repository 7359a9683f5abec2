import type { ExtractedResponse } from '@ingest/core';
import { ANALYSIS_VERSION } from '../analysis-version';
import { judgeBoilerplate, type BoilerplateJudgement } from '../boilerplate/boilerplate-judgement';
import { RepetitionIndex } from '../boilerplate/repetition-index';
import { judgeSentence } from '../boilerplate/sentence-judgement';
import { citedDocuments, type CitedDocument } from '../references/cited-documents';
import { measureSpecificity, type Specificity } from '../specificity/specificity';
import { memoise } from '../text/memoise';
import { splitSentences } from '../text/sentences';
import { findActions, type Action } from '../actions/actions';
import { findContradiction, type Contradiction } from '../contradictions/contradictions';
import { assessmentIndices, type AssessmentIndices } from './assessment-indices';
import type { SectorNgramIndex } from '../sector/sector-ngram-index';

/** What the analysis says of one response. */
export interface ResponseAnalysis {
  boilerplate: BoilerplateJudgement;
  specificity: Specificity;
  citedDocuments: CitedDocument[];
  actions: Action[];
  contradiction: Contradiction | null;
}

export type AnalysedResponse = ExtractedResponse & ResponseAnalysis;

export interface AssessmentAnalysis {
  analysisVersion: string;
  responses: AnalysedResponse[];
  indices: AssessmentIndices;
}

export interface AnalysisOptions {
  /** The day the assessment was published or analysed, to resolve "by end Q2" into dates. */
  referenceDate?: string | null;
  /** Sector-wide 4-gram counts, for the whole-sector pass; without it, sector commonness is not judged. */
  sector?: SectorNgramIndex;
}

// Whole cells recur too (a pointer in fifty rows); results are copied out of the cache.
const specificityOf = memoise(measureSpecificity);
const documentsOf = memoise(citedDocuments);

function ownText(response: ExtractedResponse): string {
  return [response.evidence, response.commentary].filter(Boolean).join('\n');
}

function copySpecificity(s: Specificity): Specificity {
  return { ...s, parts: { ...s.parts }, details: [...s.details] };
}

/**
 * Analyses one assessment: per response, boilerplate with reasons, specificity, cited
 * documents, actions with deadlines and contradictions; and indices for the whole.
 * Pure: the same responses and options always give the same result.
 */
export function analyseAssessment(
  responses: readonly ExtractedResponse[],
  options: AnalysisOptions = {},
): AssessmentAnalysis {
  const sentencesByRow = responses.map((r) => splitSentences(ownText(r)));
  const repetition = new RepetitionIndex(sentencesByRow);
  const rowCount = responses.filter((r) => !r.mergedInto).length;
  const analysed = responses.map((response, row): AnalysedResponse => {
    const text = ownText(response);
    const sentences = sentencesByRow[row]!.map((sentence) =>
      judgeSentence(sentence, {
        requirement: response.requirement,
        compliance: response.compliance,
        repeats: repetition.rowsWith(sentence),
        rowCount,
        ...(options.sector
          ? {
              sector: {
                sharedBy: options.sector.sharedBy(sentence),
                landlords: options.sector.landlords,
              },
            }
          : {}),
      }),
    );
    return {
      ...response,
      boilerplate: judgeBoilerplate(sentences, response.compliance),
      specificity: copySpecificity(specificityOf(text)),
      citedDocuments: documentsOf(text).map((d) => ({ ...d, sections: [...d.sections] })),
      actions: findActions(response.commentary || response.evidence, options.referenceDate ?? null),
      contradiction: findContradiction(response.compliance, text),
    };
  });
  return {
    analysisVersion: ANALYSIS_VERSION,
    responses: analysed,
    indices: assessmentIndices(
      analysed,
      repetition,
      responses.map((r) => r.provision),
    ),
  };
}
