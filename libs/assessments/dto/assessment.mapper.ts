import type { AnalysedResponse, AssessmentIndices } from '@ingest/nlp';
import type { AssessmentEntity } from '../entities/assessment.entity';
import type { ResponseEntity } from '../entities/response.entity';
import type { AssessmentObject } from './assessment.object';
import type { ExtractionConfidenceObject } from './extraction-confidence.object';
import type { CodeEditionValue, RagValue } from './assessment-enums';
import type { ComplianceValue } from './compliance.enum';
import type { ResponseObject } from './response.object';

type StoredAnalysis = Partial<
  Pick<AnalysedResponse, 'boilerplate' | 'specificity' | 'contradiction'>
>;

export function toResponseObject(entity: ResponseEntity): ResponseObject {
  const analysis = entity.analysis as StoredAnalysis;
  return {
    ...entity,
    compliance: entity.compliance as ComplianceValue,
    rag: entity.rag as RagValue | null,
    boilerplateReasons: analysis.boilerplate?.reasons ?? [],
    // Analyses before 1.1.0 kept no sentences.
    sentences: analysis.boilerplate?.sentences ?? [],
    specificityParts: analysis.specificity?.parts ?? null,
    contradiction: analysis.contradiction ?? null,
  };
}

export function toConfidenceObject(entity: AssessmentEntity): ExtractionConfidenceObject | null {
  return entity.confidenceLevel === null
    ? null
    : {
        level: entity.confidenceLevel as ExtractionConfidenceObject['level'],
        score: entity.confidenceScore ?? 0,
        reasons: entity.confidenceReasons,
      };
}

export function toAssessmentObject(entity: AssessmentEntity): AssessmentObject {
  const indices = entity.indices as Partial<AssessmentIndices>;
  return {
    ...entity,
    edition: entity.edition as CodeEditionValue | null,
    current: entity.supersededById === null,
    confidence: toConfidenceObject(entity),
    indices: {
      responses: indices.responses ?? 0,
      boilerplateShare: indices.boilerplateShare ?? 0,
      meanSpecificity: indices.meanSpecificity ?? 0,
      unsupported: indices.unsupported ?? 0,
      contradicted: indices.contradicted ?? 0,
      mostRepeatedSentence: indices.mostRepeatedSentence?.sentence ?? null,
      mostRepeatedIn: indices.mostRepeatedSentence?.provisions ?? [],
    },
  };
}
