import type { EntityManager } from 'typeorm';
import { manyEach, oneEach } from '../graphql/batch';
import { AssessmentReadsRepository } from './assessment-reads.repository';

/** The batched lookups behind Assessment and Response fields, for one request. */
export class AssessmentLoaders {
  readonly assessment;
  readonly assessmentsOfLandlord;
  readonly currentAssessmentOfLandlord;
  readonly responsesOfAssessment;
  readonly response;
  readonly flagsOfResponse;
  readonly reviewsOfResponse;
  readonly citedDocumentsOfResponse;
  readonly actionsOfResponse;
  readonly document;

  constructor(manager: EntityManager) {
    const reads = new AssessmentReadsRepository(manager);
    this.assessment = oneEach(
      (ids) => reads.assessments(ids),
      (a) => a.id,
    );
    this.assessmentsOfLandlord = manyEach(
      (ids) => reads.assessmentsOfLandlords(ids),
      (a) => a.landlordId!,
    );
    this.currentAssessmentOfLandlord = oneEach(
      (ids) => reads.currentAssessmentIds(ids),
      (row) => row.landlordId,
    );
    this.responsesOfAssessment = manyEach(
      (ids) => reads.responsesOf(ids),
      (r) => r.assessmentId,
    );
    this.response = oneEach(
      (ids) => reads.responses(ids),
      (r) => r.id,
    );
    this.flagsOfResponse = manyEach(
      (ids) => reads.flagsOf(ids),
      (f) => f.responseId,
    );
    this.reviewsOfResponse = manyEach(
      (ids) => reads.reviewsOf(ids),
      (r) => r.responseId,
    );
    this.citedDocumentsOfResponse = manyEach(
      (ids) => reads.citedDocumentsOf(ids),
      (d) => d.responseId,
    );
    this.actionsOfResponse = manyEach(
      (ids) => reads.actionsOf(ids),
      (a) => a.responseId,
    );
    this.document = oneEach(
      (ids) => reads.documents(ids),
      (d) => d.id,
    );
  }
}
