export * from './api-error';
export * from './connection';
export * from './cursor';
export * from './format-api-error';
export * from './page.args';
export * from './query-limits.plugin';
export * from './request-loaders';
export * from './batch';
