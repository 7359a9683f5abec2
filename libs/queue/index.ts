export * from './bullmq-runner';
export * from './in-process-runner';
export * from './job-runner';
export * from './job-types';
export * from './queue.errors';
export * from './redis-connection';
