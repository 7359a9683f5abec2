export * from './extract-blocks';
export * from './sandbox/document-sandbox';
export * from './sniff-format';
