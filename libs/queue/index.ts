export * from './bullmq-runner';
export * from './in-process-runner';
export * from './job-runner';
export * from './job-types';
