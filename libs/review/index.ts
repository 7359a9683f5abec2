export * from './review.module';
export { REVIEW_ORDER, FEW_ASSESSMENTS, ReviewKind } from './review-order';
