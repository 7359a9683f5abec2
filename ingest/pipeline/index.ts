export * from './extract-document';
