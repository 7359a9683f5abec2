export * from './data-dictionary';
export * from './dataset';
export * from './datasets';
export * from './export-formats';
export * from './export-request';
export * from './exports.module';
export * from './exports.service';
