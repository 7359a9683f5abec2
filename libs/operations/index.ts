export * from './operations.module';
export { UPLOADS_PATH } from './uploads.controller';
