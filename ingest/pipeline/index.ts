export * from './extract-document';
export * from './classify-document';
