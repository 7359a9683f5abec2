export * from './pipeline';
export * from './pipeline.module';
