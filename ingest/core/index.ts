export * from './code-edition';
export * from './compliance';
export * from './document-format';
export * from './document-model';
export * from './errors';
export * from './extraction-confidence';
export * from './extraction-result';
export * from './month-names';
