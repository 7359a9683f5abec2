export * from './answer-normaliser';
export * from './column-roles';
export * from './document-metadata';
export * from './parse-assessment';
export * from './assessment-period';
