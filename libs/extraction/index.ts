export * from './extraction.errors';
export * from './extraction.module';
export * from './extraction.service';
export * from './input-file';
