export * from './catalogue';
export * from './edition-detector';
export * from './provision';
export * from './provision-matcher';
export * from './stemmed-words';
