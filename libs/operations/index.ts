export * from './operations.module';
export { UPLOADS_PATH } from './uploads.controller';
export * from './chc-metrics';
export * from './metrics-server';
